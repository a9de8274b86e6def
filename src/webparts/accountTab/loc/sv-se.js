define([], function () {
  return {
    PropertyPaneDescription: 'Välj vilken kundrelation som visas på den här sidan. I en Teams-kanal visar fliken den kundrelation som är kopplad till kanalen.',
    AccountGroupName: 'Kundrelation',
    AccountFieldLabel: 'Kundrelation som visas på sidan',
    AccountsLoading: 'Kundrelationerna läses in…',
    AccountsNone: 'Det finns ännu inga aktiva kundrelationer på webbplatsen.',
    AccountsFailed: 'Kundrelationerna kunde inte läsas in. Stäng egenskapsfönstret och öppna det igen för att försöka på nytt.',
  };
});
