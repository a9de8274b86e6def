/** Fluent UI v8 themes for the three Teams themes. Contrast ratios meet WCAG 2.1 AA (text ≥ 4.5:1). */
import { createTheme, Theme } from '@fluentui/react';
import type { ThemeName } from './host';

const light = createTheme({
  palette: { themePrimary: '#0f5e9c', themeDarkAlt: '#0d5489', themeDark: '#0a4774', themeDarker: '#073455', themeSecondary: '#1f6fad', themeTertiary: '#5f9ccc', themeLight: '#b9d5eb', themeLighter: '#d9e8f4', themeLighterAlt: '#f3f8fb' },
  // Fluent's default subtext grey (#797775) is 4.45:1 on white, just under AA for small text.
  semanticColors: { bodySubtext: '#605e5c' },
});

const dark = createTheme({
  palette: {
    themePrimary: '#7fb6e6', themeLighterAlt: '#05070a', themeLighter: '#141d25', themeLight: '#263646', themeTertiary: '#4c6d8b', themeSecondary: '#6f9fcb', themeDarkAlt: '#8cbde8', themeDark: '#9ec8ec', themeDarker: '#b9d7f1',
    neutralLighterAlt: '#292929', neutralLighter: '#323232', neutralLight: '#3d3d3d', neutralQuaternaryAlt: '#444444', neutralQuaternary: '#4a4a4a', neutralTertiaryAlt: '#676767',
    neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0', neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f',
  },
  isInverted: true,
});

const contrast = createTheme({
  palette: {
    themePrimary: '#ffff00', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#333300', themeTertiary: '#999900', themeSecondary: '#e0e000', themeDarkAlt: '#ffff33', themeDark: '#ffff66', themeDarker: '#ffff99',
    neutralLighterAlt: '#000000', neutralLighter: '#0a0a0a', neutralLight: '#1a1a1a', neutralQuaternaryAlt: '#1f1f1f', neutralQuaternary: '#262626', neutralTertiaryAlt: '#808080',
    neutralTertiary: '#ffffff', neutralSecondary: '#ffffff', neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000',
  },
  semanticColors: { bodyBackground: '#000000', bodyText: '#ffffff', link: '#ffff00', linkHovered: '#ffff66', inputBorder: '#ffffff', buttonBorder: '#ffffff' },
  isInverted: true,
});

export function themeFor(name: ThemeName): Theme {
  return name === 'dark' ? dark : name === 'contrast' ? contrast : light;
}
