define([], function () {
  return {
    PropertyPaneDescription: 'Valitse, minkä asiakkuuden tiedot tällä sivulla näytetään. Teams-kanavalla välilehti näyttää kanavaan liitetyn asiakkuuden.',
    AccountGroupName: 'Asiakkuus',
    AccountFieldLabel: 'Sivulla näytettävä asiakkuus',
    AccountsLoading: 'Ladataan asiakkuuksia…',
    AccountsNone: 'Tällä sivustolla ei ole vielä aktiivisia asiakkuuksia.',
    AccountsFailed: 'Asiakkuuksia ei voitu ladata. Yritä uudelleen sulkemalla ja avaamalla ominaisuusruutu.',
  };
});
