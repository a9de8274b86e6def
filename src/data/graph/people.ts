/**
 * People and presence from Microsoft Graph through the Graph JavaScript client (in SPFx: MSGraphClientV3 from
 * msGraphClientFactory; locally: a Client pointed at the workbench's Graph service). Least privilege:
 * User.ReadBasic.All for people, Presence.Read.All for presence and out-of-office. Graph is optional; callers
 * treat a failure as "no presence information".
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { escapeODataString } from '../odata';
import type { Availability, DirectoryPerson, PeopleService, Presence } from '../ports';

const PERSON_SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,department';

interface GraphPresence {
  id: string;
  availability?: string;
  activity?: string;
  outOfOfficeSettings?: { message?: string; isOutOfOffice?: boolean };
}

export class GraphPeopleService implements PeopleService {
  public constructor(private readonly client: Client) {}

  public async me(): Promise<DirectoryPerson> {
    return (await this.client.api('/me').select(PERSON_SELECT).get()) as DirectoryPerson;
  }

  public async findByEmail(email: string): Promise<DirectoryPerson | undefined> {
    const res = (await this.client
      .api('/users')
      .select(PERSON_SELECT)
      .filter(`mail eq ${escapeODataString(email)} or userPrincipalName eq ${escapeODataString(email)}`)
      .top(1)
      .get()) as { value: DirectoryPerson[] };
    return res.value[0];
  }

  public async findByEmails(emails: string[]): Promise<DirectoryPerson[]> {
    if (!emails.length) return [];
    // One request for up to 15 addresses (Graph's limit for `in` with other clauses is 15 values).
    const out: DirectoryPerson[] = [];
    for (let i = 0; i < emails.length; i += 15) {
      const list = emails.slice(i, i + 15).map(escapeODataString).join(',');
      const res = (await this.client.api('/users').select(PERSON_SELECT).filter(`mail in (${list})`).top(15).get()) as { value: DirectoryPerson[] };
      out.push(...res.value);
    }
    return out;
  }

  public async presence(ids: string[]): Promise<Map<string, Presence>> {
    const out = new Map<string, Presence>();
    if (!ids.length) return out;
    // One POST for up to 650 ids (Graph's limit for getPresencesByUserId).
    for (let i = 0; i < ids.length; i += 650) {
      const res = (await this.client.api('/communications/getPresencesByUserId').post({ ids: ids.slice(i, i + 650) })) as { value: GraphPresence[] };
      for (const p of res.value) {
        out.set(p.id, {
          availability: (p.availability as Availability) || 'PresenceUnknown',
          activity: p.activity,
          outOfOffice: p.outOfOfficeSettings
            ? { isOutOfOffice: !!p.outOfOfficeSettings.isOutOfOffice, message: p.outOfOfficeSettings.message || undefined }
            : undefined,
        });
      }
    }
    return out;
  }
}
