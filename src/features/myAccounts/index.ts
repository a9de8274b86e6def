/** My accounts, the Teams personal app: the user's own accounts and those they cover today. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { MyAccounts } from './MyAccounts';
import { bundle as myAccountsStrings } from './strings';

export const feature: Feature = { View: MyAccounts, bundles: [myAccountsStrings, choiceLabels] };
