import type { ThemeConfig } from 'antd';

/** 政务蓝: a calm, high-contrast palette in the manner of Chinese government back offices. */
export const BRAND = {
  primary: '#1a56a8',
  navy: '#0c2a52',
  navyLight: '#123a6e',
  gold: '#e8b949',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorLink: BRAND.primary,
    colorError: '#cf1322',
    borderRadius: 6,
    // antd's default greys (45% black) fall short of WCAG AA contrast (4.5:1); these pass on white and on the page grey.
    colorTextSecondary: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  },
  components: {
    Layout: { siderBg: BRAND.navy, headerBg: '#ffffff', bodyBg: '#f2f4f8', footerBg: 'transparent', triggerBg: BRAND.navyLight },
    Menu: {
      darkItemBg: BRAND.navy,
      darkSubMenuItemBg: BRAND.navy,
      darkItemSelectedBg: BRAND.primary,
      darkItemColor: 'rgba(255,255,255,0.78)',
    },
    Table: { headerBg: '#f5f7fa' },
    // Tag text one shade darker than antd's, for AA contrast on the light tag backgrounds.
    Tag: {
      green7: '#237804',
      volcano7: '#ad2102',
      gold7: '#874d00',
      orange7: '#ad4e00',
      cyan7: '#006d75',
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorError: '#a8071a',
    },
    Tree: { nodeSelectedBg: '#e3edfa', nodeSelectedColor: BRAND.primary, nodeHoverBg: '#f0f5fc' },
  },
};
