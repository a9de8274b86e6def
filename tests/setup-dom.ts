import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';
import { loadAllBundles } from './unit/fixtures/allBundles';

// Icons are registered by the host (SharePoint, or the workbench page); unit tests don't need the glyphs.
setIconOptions({ disableWarnings: true });

// Hosts load a view's strings (one language) before rendering it; tests render views in any language.
beforeAll(() => loadAllBundles());
