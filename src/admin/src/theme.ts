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
    colorInfo: BRAND.primary,
    borderRadius: 6,
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
    Tree: { nodeSelectedBg: '#e3edfa', nodeSelectedColor: BRAND.primary, nodeHoverBg: '#f0f5fc' },
  },
};
