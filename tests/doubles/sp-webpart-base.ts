/** Jest double: SPFx web-part classes need the SharePoint page runtime, which only a tenant has. */
export class BaseClientSideWebPart<T> {
  public properties = {} as T;
  public domElement: HTMLElement = document.createElement('div');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  public context: any;
  protected async onInit(): Promise<void> {
    return undefined;
  }
}
