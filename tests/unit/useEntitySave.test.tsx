import { DataError } from '../../src/data/errors';
import { saveEntity, savedOrThrow } from '../../src/ui/forms/useEntitySave';
import type { Meeting } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const meeting: Meeting = { id: 4, etag: '"3"', title: 'Seurantaryhmä Q3/2025', accountId: 7, meetingType: 'followUpGroup', startsAt: '2025-09-16T06:00:00Z', year: 2025, status: 'held', minutes: 'Alkuperäinen.' };

describe('saveEntity (the form kit save)', () => {
  it('sends the etag it was given and returns the saved entity with the new etag', async () => {
    const fake = fakeServices({ meetings: [{ ...meeting }] });
    const result = await saveEntity(fake.services.repos.meetings, meeting, { minutes: 'Uusi.' });
    expect(fake.calls.find((c) => c.method === 'update')?.args).toEqual([4, { minutes: 'Uusi.' }, '"3"']);
    expect(result).toEqual({ kind: 'saved', entity: { ...meeting, minutes: 'Uusi.', etag: '"4"' } });
  });

  it('on a 412 re-reads and returns their version with the fresh etag', async () => {
    const fake = fakeServices({ meetings: [{ ...meeting }] });
    fake.setEtagOutside('meetings', 4, { minutes: 'Sarin versio.' });
    const result = await saveEntity(fake.services.repos.meetings, meeting, { minutes: 'Oma.' });
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict') return;
    expect(result.error.kind).toBe('conflict');
    expect(result.theirs).toMatchObject({ minutes: 'Sarin versio.', etag: '"4"' });
    expect(() => savedOrThrow(result, () => undefined)).toThrow(result.error);
    // A deliberate second save with their etag goes through.
    const again = await saveEntity(fake.services.repos.meetings, result.theirs!, { minutes: 'Oma.' });
    expect(again).toMatchObject({ kind: 'saved', entity: { minutes: 'Oma.', etag: '"5"' } });
  });

  it('keeps the conflict when the re-read fails, and throws other errors as they are', async () => {
    const conflict = new DataError('conflict', '412', { status: 412 });
    const failingGet = { update: jest.fn().mockRejectedValue(conflict), get: jest.fn().mockRejectedValue(new DataError('network', 'offline')) };
    expect(await saveEntity<Meeting>(failingGet, meeting, { minutes: 'x' })).toEqual({ kind: 'conflict', theirs: undefined, error: conflict });
    const throttled = new DataError('throttled', '503', { status: 503 });
    const busy = { update: jest.fn().mockRejectedValue(throttled), get: jest.fn() };
    await expect(saveEntity<Meeting>(busy, meeting, { minutes: 'x' })).rejects.toBe(throttled);
    expect(busy.get).not.toHaveBeenCalled();
  });
});
