/**
 * Choosing the account: in an unmapped Teams channel, an account's manager, its backup or a site owner links the
 * channel once (the ids are stored on the account, so everyone in the team gets the account from then on); only
 * the accounts the user may link are offered, and taking an account that is linked to another channel asks first,
 * naming the channel it leaves. The same rule is checked again in the data layer (linkChannel). On a SharePoint
 * page without a configured account, the user picks one (and the web part stores it as its property).
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { ChannelRef, activeAccounts, linkChannel, linkedElsewhere, mayLinkChannel } from '../../data/queries/accounts';
import type { Account } from '../../domain/types';
import { bundle as tabBundle } from './strings/tab';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { useAsync } from '../../ui/useAsync';

function useActiveAccounts() {
  const { services, host } = useApp();
  return useAsync(async () => {
    const [accounts, me] = await Promise.all([activeAccounts(services, new Intl.Collator(host.locale)), services.site.currentUser()]);
    return { accounts, me };
  }, [services, host.locale]);
}

function options(accounts: Account[], linkedLabel: string): IDropdownOption[] {
  return accounts.map((a) => ({
    key: a.id,
    text: `${a.name} (${a.abbreviation})${a.teamsChannelName ? ` – ${format(linkedLabel, { channel: a.teamsChannelName })}` : ''}`,
  }));
}

export function ChannelPicker(props: { onLinked: (accountId: number) => void }): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(tabBundle).picker;
  const loaded = useActiveAccounts();
  const [chosen, setChosen] = React.useState<number>();
  const [confirming, setConfirming] = React.useState<{ account: Account; from: string }>();
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const teams = host.teams!;
  const channel: ChannelRef = { teamId: teams.teamId, channelId: teams.channelId, channelName: teams.channelName };

  if (loaded.error !== undefined) return <ErrorBar error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.value) return <Text style={{ padding: 16, display: 'block' }}>{strings.loading}</Text>;
  const { me } = loaded.value;
  // Only the accounts this user may link: their own (manager or backup), or every account for a site owner.
  const accounts = loaded.value.accounts.filter((a) => mayLinkChannel(a, me));

  const link = async (account: Account, confirmMove: boolean): Promise<void> => {
    setSaving(true);
    setError(undefined);
    try {
      await linkChannel(services, account, me, channel, { confirmMove });
      props.onLinked(account.id);
    } catch (e) {
      setError(e);
      loaded.reload();
    } finally {
      setSaving(false);
    }
  };

  const start = (): void => {
    const account = accounts.find((a) => a.id === chosen);
    if (!account) return;
    const elsewhere = linkedElsewhere(account, channel);
    if (elsewhere) setConfirming({ account, from: elsewhere.channelName });
    else void link(account, false);
  };

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-picker-title" style={{ maxWidth: 640 }}>
      <Text as="h1" variant="xLarge" id="ac-picker-title">
        {s.title}
      </Text>
      {accounts.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {s.onlyManagers}
        </MessageBar>
      ) : (
        <>
          <Text>{s.intro}</Text>
          {error !== undefined && <ErrorBar error={error} />}
          <Dropdown
            label={s.label}
            placeholder={s.placeholder}
            options={options(accounts, s.alreadyLinked)}
            selectedKey={chosen ?? null}
            onChange={(_, o) => setChosen(o ? Number(o.key) : undefined)}
          />
          <Stack horizontal>
            <PrimaryButton text={saving ? s.linking : s.link} disabled={!chosen || saving} onClick={start} />
          </Stack>
        </>
      )}
      {confirming && (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirming(undefined)}
          dialogContentProps={{
            type: DialogType.normal,
            title: s.moveTitle,
            subText: format(s.moveText, { account: confirming.account.name, channel: confirming.from }),
          }}
          // Cancel first: moving the link takes the account away from a channel other people use.
          modalProps={{ isBlocking: true, firstFocusableSelector: 'ac-move-cancel' }}
        >
          <DialogFooter>
            <DefaultButton className="ac-move-cancel" text={strings.cancel} onClick={() => setConfirming(undefined)} />
            <PrimaryButton
              text={s.moveConfirm}
              onClick={() => {
                const { account } = confirming;
                setConfirming(undefined);
                void link(account, true);
              }}
            />
          </DialogFooter>
        </Dialog>
      )}
    </Stack>
  );
}

export function AccountChooser(props: { onChoose: (accountId: number) => void }): JSX.Element {
  const { strings } = useApp();
  const s = useBundle(tabBundle).picker;
  const loaded = useActiveAccounts();
  const [chosen, setChosen] = React.useState<number>();
  if (loaded.error !== undefined) return <ErrorBar error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.value) return <Text style={{ padding: 16, display: 'block' }}>{strings.loading}</Text>;
  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-chooser-title" style={{ maxWidth: 640 }}>
      <Text as="h1" variant="xLarge" id="ac-chooser-title">
        {s.sharePointTitle}
      </Text>
      <Text>{s.sharePointIntro}</Text>
      <Dropdown
        label={s.label}
        placeholder={s.placeholder}
        options={options(loaded.value.accounts, s.alreadyLinked)}
        selectedKey={chosen ?? null}
        onChange={(_, o) => setChosen(o ? Number(o.key) : undefined)}
      />
      <Stack horizontal>
        <PrimaryButton text={s.open} disabled={!chosen} onClick={() => chosen && props.onChoose(chosen)} />
      </Stack>
    </Stack>
  );
}
