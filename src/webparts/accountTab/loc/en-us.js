define([], function () {
  return {
    PropertyPaneDescription: 'Choose the account this page shows. In a Teams channel the tab follows the account linked to the channel.',
    AccountGroupName: 'Account',
    AccountFieldLabel: 'Account shown on this page',
    AccountsLoading: 'Loading accounts…',
    AccountsNone: 'No active accounts on this site yet.',
    AccountsFailed: 'The accounts could not be loaded. Close the pane and open it again to retry.',
  };
});
