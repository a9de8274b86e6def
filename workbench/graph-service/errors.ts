/** A Graph error: the HTTP status and the `{error:{code,message}}` the service answers with. */
export class GraphError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}
