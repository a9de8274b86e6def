import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

// Icons are registered by the host (SharePoint, or the workbench page); unit tests don't need the glyphs.
setIconOptions({ disableWarnings: true });
