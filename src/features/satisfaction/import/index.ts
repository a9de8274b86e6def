/**
 * The survey import panel, loaded by the leadership view with `import('./import')`. It brings its own strings
 * (withStrings) and loads the file parsers as a chunk of their own when it opens.
 */
import type * as React from 'react';
import { withStrings } from '../../../ui/withStrings';
import { ImportPanelProps, ImportPanelView } from './ImportPanel';
import { bundle as surveyImportStrings } from './strings';

export type { ImportPanelProps };
export const ImportPanel: React.ComponentType<ImportPanelProps> = withStrings([surveyImportStrings], ImportPanelView);
