/**
 * Choosing the account: in an unmapped Teams channel, managers and site owners link the channel once (the ids are
 * stored on the account, so everyone in the team gets the account from then on); on a SharePoint page without a
 * configured account, the user picks one (and the web part stores it as its property).
 */
import * as React from 'react';
import { Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { f } from '../../data/odata';
import type { Account } from '../../domain/types';
import { bundle as tabBundle } from './strings/tab';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { useAsync } from '../../ui/useAsync';

function useActiveAccounts() {
  const { services } = useApp();
  return useAsync(async () => {
    const [accounts, me] = await Promise.all([services.repos.accounts.find({ filter: f.eq('active', true), top: 500 }), services.site.currentUser()]);
    accounts.sort((a, b) => a.name.localeCompare(b.name, 'fi'));
    return { accounts, me };
  }, [services]);
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
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const teams = host.teams!;

  if (loaded.error !== undefined) return <ErrorBar error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.value) return <Text style={{ padding: 16, display: 'block' }}>{strings.loading}</Text>;
  const { accounts, me } = loaded.value;
  const mayLink = me.isSiteAdmin || accounts.some((a) => a.accountManager?.id === me.id || a.backup?.id === me.id);

  const link = async (): Promise<void> => {
    const account = accounts.find((a) => a.id === chosen);
    if (!account) return;
    setSaving(true);
    setError(undefined);
    try {
      await services.repos.accounts.update(
        account.id,
        { teamsGroupId: teams.teamId, teamsChannelId: teams.channelId, teamsChannelName: teams.channelName ?? teams.channelId },
        account.etag,
      );
      props.onLinked(account.id);
    } catch (e) {
      setError(e);
      loaded.reload();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-picker-title" style={{ maxWidth: 640 }}>
      <Text as="h1" variant="xLarge" id="ac-picker-title">
        {s.title}
      </Text>
      {!mayLink ? (
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
            <PrimaryButton text={saving ? s.linking : s.link} disabled={!chosen || saving} onClick={link} />
          </Stack>
        </>
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
