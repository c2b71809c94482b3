import { getContrastRatio, Theme, useTheme } from '@material-ui/core/styles';
import { render } from '@testing-library/react';
import { themes } from './themes';

function paletteOf(appTheme: (typeof themes)[number]) {
  let theme: Theme | undefined;
  const Read = () => {
    theme = useTheme();
    return null;
  };
  render(
    <appTheme.Provider>
      <Read />
    </appTheme.Provider>,
  );
  return theme!.palette;
}

describe('themes', () => {
  it.each(themes.map(t => [t.id, t] as const))(
    'the %s theme colours errors with 4.5:1 contrast on its backgrounds (WCAG AA)',
    (_id, appTheme) => {
      const palette = paletteOf(appTheme);
      for (const background of [
        palette.background.paper,
        palette.background.default,
      ]) {
        expect(
          getContrastRatio(palette.error.main, background),
        ).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});
