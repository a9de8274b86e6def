/** Jest double for @microsoft/sp-property-pane. */
export const PropertyPaneTextField = (name: string, props: unknown): unknown => ({ type: 'text', name, props });
export const PropertyPaneDropdown = (name: string, props: unknown): unknown => ({ type: 'dropdown', name, props });
export type IPropertyPaneConfiguration = { pages: unknown[] };
