/**
 * The account tab's data loading against the local SharePoint service with the demo organisation: one $batch
 * round trip for the first screen, and a list far past the threshold degrading to a short window, not failing.
 */
import { generateFeedbackVolume } from '../../workbench/demo/volume';
import { spForSite, SITE_OWNER_UPN } from '../../workbench/demo/seed';
import { createServices } from '../../src/data/sp/createServices';
import { loadAccountTab, RECENT_FALLBACK_DAYS, startAccountTab } from '../../src/data/queries/accountTab';
import { accountForChannel } from '../../src/data/queries/accounts';
import { todayInHelsinki } from '../../src/domain/dates';
import { f } from '../../src/data/odata';
import { DEFAULT_PRIVACY_THRESHOLD, PRIVACY_THRESHOLD_SETTING } from '../../src/domain/surveys';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(180_000);

const wb = useDemoWorkbench('tab');
const { as, apiCalls } = wb;

it('reads the whole first screen of KHO in one $batch request', async () => {
  const services = as('aino.virtanen');
  const kho = await accountForChannel(services, 'ork-asiakkuudet', '19:kho@thread.tacv2');
  expect(kho?.abbreviation).toBe('KHO');
  wb.server.sp.requestLog.clear();
  const data = await loadAccountTab(services, kho!.id, todayInHelsinki());
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(data.problems).toEqual([]);
  expect(data.account.workingAgreements).toMatch(/tietohallintopäällikön kautta/);
  expect(data.contacts.length).toBeGreaterThan(3);
  expect(data.meetings.some((m) => m.meetingType === 'followUpGroup')).toBe(true);
  expect(data.recentLimitedToDays).toBeUndefined();
});

it('with more than 5,000 feedback items for one account, shows the last 30 days instead of failing', async () => {
  const owner = createServices(spForSite(wb.server.siteUrls.ork, SITE_OWNER_UPN));
  const [tiv] = await owner.repos.accounts.find({ filter: f.eq('abbreviation', 'TIV') });
  await generateFeedbackVolume({ siteUrl: wb.server.siteUrls.ork, upn: SITE_OWNER_UPN, count: 6000, accountIds: [tiv.id], days: 120 });
  wb.server.sp.requestLog.clear();
  const data = await loadAccountTab(owner, tiv.id, todayInHelsinki());
  // The short date-first window rides in the same batch: no second round trip when the year's read is refused.
  expect(apiCalls()).toHaveLength(1);
  expect(data.recentLimitedToDays).toBe(RECENT_FALLBACK_DAYS);
  expect(data.problems).toEqual([]);
  expect(data.feedback).toHaveLength(20);
});

const KHO_CHANNEL = { teamId: 'ork-asiakkuudet', channelId: '19:kho@thread.tacv2' };

it('opens a channel this device has seen in one $batch that also checks the channel link', async () => {
  const services = as('aino.virtanen');
  const kho = (await accountForChannel(services, KHO_CHANNEL.teamId, KHO_CHANNEL.channelId))!;
  wb.server.sp.requestLog.clear();
  const start = await startAccountTab(services, { channel: KHO_CHANNEL, rememberedAccountId: kho.id }, todayInHelsinki());
  expect(start.kind === 'account' && start.data.account.abbreviation).toBe('KHO');
  expect(apiCalls().map((c) => c.split(' ')[0])).toEqual(['POST']);

  // Remembered wrongly (the link moved to another account since): the check in the batch catches it.
  const [kko] = await services.repos.accounts.find({ filter: f.eq('abbreviation', 'KKO') });
  const moved = await startAccountTab(services, { channel: KHO_CHANNEL, rememberedAccountId: kko.id }, todayInHelsinki());
  expect(moved.kind === 'account' && moved.data.account.abbreviation).toBe('KHO');
  // A channel linked to nothing.
  const none = await startAccountTab(services, { channel: { teamId: 'ork-asiakkuudet', channelId: '19:general-ork@thread.tacv2' }, rememberedAccountId: kho.id }, todayInHelsinki());
  expect(none.kind).toBe('unmappedChannel');
});

it("a customer respondent's account tab: the lists closed to her stay empty without being reported as missing", async () => {
  const kaisa = as('kaisa.ojala');
  const [kho] = await kaisa.repos.accounts.find({ filter: f.eq('abbreviation', 'KHO') });
  const data = await loadAccountTab(kaisa, kho.id, todayInHelsinki());
  expect(data.canEditAccount).toBe(false);
  expect(data.situations).toEqual([]);
  expect(data.absences).toEqual([]);
  expect(data.problems).toEqual([]);
  expect(data.contacts.length).toBeGreaterThan(0);
});

it("a staff member's account tab loads without a problem; the survey answers, closed to staff, are hidden, not missing", async () => {
  const pekka = as('pekka.makinen');
  const [tiv] = await pekka.repos.accounts.find({ filter: f.eq('abbreviation', 'TIV') });
  const data = await loadAccountTab(pekka, tiv.id, todayInHelsinki());
  expect(data.canEditAccount).toBe(false);
  expect(data.problems).toEqual([]);
  expect(data.responses).toEqual([]);
  expect(data.responsesHidden).toBe(true);
  expect(data.surveys.length).toBeGreaterThan(0);
});

it('reads the privacy threshold from the settings in the same $batch: the default, or a site setting above it', async () => {
  const owner = createServices(spForSite(wb.server.siteUrls.ork, SITE_OWNER_UPN));
  const [tiv] = await owner.repos.accounts.find({ filter: f.eq('abbreviation', 'TIV') });
  const before = await loadAccountTab(owner, tiv.id, todayInHelsinki());
  expect(before.privacyThreshold).toBe(DEFAULT_PRIVACY_THRESHOLD);
  expect(before.responsesHidden).toBe(false);
  expect(before.responses.length).toBeGreaterThan(0);
  const setting = await owner.repos.settings.add({ key: PRIVACY_THRESHOLD_SETTING, value: '5' });
  try {
    expect((await loadAccountTab(owner, tiv.id, todayInHelsinki())).privacyThreshold).toBe(5);
  } finally {
    await owner.repos.settings.remove(setting.id, setting.etag);
  }
});
