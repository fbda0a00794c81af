/**
 * The frame of every portal page: header with the region's name, search and navigation, the 关怀版
 * switch, landmarks and a skip link, and a footer that says how to get help without the internet.
 */
import { assetUrl } from './assets.ts';
import { careToggleHref } from './care.ts';
import { html, raw, type SafeHtml } from './html.ts';
import type { Site } from './site.ts';

export type NavKey = 'home' | 'items' | 'units' | 'editions' | 'open-data' | 'reports';

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageOptions {
  /** The page's own title; the site name is added after it. */
  title: string;
  description?: string;
  /** Path (with query) of the canonical URL. */
  canonical: string;
  nav?: NavKey;
  crumbs?: Crumb[];
  /** Extra markup for <head> (rel=prev/next, JSON-LD). */
  head?: SafeHtml;
  noindex?: boolean;
  /** The home page has its own big search box. */
  hideHeaderSearch?: boolean;
  /** The search box's current text. */
  q?: string;
  body: SafeHtml;
}

/** How to get help offline, per region; other regions get the general wording. */
const OFFLINE_HELP: Record<string, { center: string; address: string; hours: string }> = {
  '430811': {
    center: '武陵源区政务服务中心',
    address: '张家界市武陵源区军地坪街道',
    hours: '周一至周五 上午8:00—12:00，下午14:30—17:30（法定节假日除外）',
  },
};

export function offlineHelp(site: Site) {
  return OFFLINE_HELP[site.regionCode] ?? { center: `${site.regionName}政务服务中心`, address: site.regionName, hours: '工作日办公时间（法定节假日除外）' };
}

const NAV: { key: NavKey; label: string; path: string }[] = [
  { key: 'home', label: '首页', path: '/' },
  { key: 'items', label: '事项目录', path: '/items' },
  { key: 'units', label: '实施单位', path: '/units' },
  { key: 'editions', label: '目录版本', path: '/editions' },
  { key: 'open-data', label: '开放数据', path: '/open-data' },
];

/** The search form (GET /items): a real form with a label, which the script enhances with suggestions. */
export function searchForm(site: Site, opts: { id: string; q?: string; big?: boolean; label?: string }): SafeHtml {
  return html`<form class="search${opts.big ? ' search-big' : ''}" role="search" method="get" action="/items">
<label for="${opts.id}"${opts.big ? '' : raw(' class="visually-hidden"')}>${opts.label ?? '搜索事项'}</label>
<div class="search-row">
<input id="${opts.id}" name="q" type="search" value="${opts.q ?? ''}" maxlength="100" autocomplete="off" placeholder="事项名称、关键词或拼音首字母" data-suggest>
${site.isDefaultRegion ? '' : html`<input type="hidden" name="region" value="${site.regionCode}">`}
<button type="submit">搜索</button>
</div>
</form>`;
}

function breadcrumbs(site: Site, crumbs: Crumb[]): SafeHtml {
  if (crumbs.length === 0) return html``;
  const all: Crumb[] = [{ label: '首页', href: site.href('/') }, ...crumbs];
  return html`<nav class="crumbs" aria-label="当前位置"><ol>${all.map((c, i) =>
    i === all.length - 1 || !c.href ? html`<li><span aria-current="page">${c.label}</span></li>` : html`<li><a href="${c.href}">${c.label}</a></li>`,
  )}</ol></nav>`;
}

/** A whole page. */
export function layout(site: Site, opts: PageOptions): string {
  const title = opts.nav === 'home' && opts.title === site.siteName ? site.siteName : `${opts.title} - ${site.siteName}`;
  const help = offlineHelp(site);
  const careHref = careToggleHref(site.care, site.currentPath);
  const page = html`<!doctype html>
<html lang="zh-CN"${site.care ? raw(' class="care"') : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${opts.description ? html`<meta name="description" content="${opts.description}">` : ''}
<link rel="canonical" href="${site.origin}${opts.canonical}">
${opts.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('portal.css')}">
<script src="${assetUrl('portal.js')}" defer></script>
${opts.head ?? ''}
</head>
<body class="${site.care ? 'care' : 'standard'}">
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
<div class="wrap header-top">
<a class="brand" href="${site.href('/')}"><span class="brand-mark" aria-hidden="true">目录</span><span class="brand-name">${site.siteName}</span></a>
<a class="care-toggle" href="${careHref}">${site.care ? '标准版' : '关怀版'}<span class="visually-hidden">${site.care ? '（切换为标准字号）' : '（大字号、高对比度）'}</span></a>
</div>
<nav class="site-nav" aria-label="主导航"><ul class="wrap">${NAV.map(
    (n) => html`<li><a href="${site.href(n.path)}"${n.key === opts.nav ? raw(' aria-current="page"') : ''}>${n.label}</a></li>`,
  )}</ul></nav>
${opts.hideHeaderSearch ? '' : html`<div class="header-search"><div class="wrap">${searchForm(site, { id: 'site-q', q: opts.q })}</div></div>`}
</header>
<main id="main" tabindex="-1">
<div class="wrap">
${breadcrumbs(site, opts.crumbs ?? [])}
${opts.body}
</div>
</main>
<footer class="site-footer">
<div class="wrap footer-grid">
<section aria-labelledby="footer-offline">
<h2 id="footer-offline">不上网也能办</h2>
<p>${help.center}：${help.address}</p>
<p>办公时间：${help.hours}</p>
<p>不会使用网络的群众可直接到窗口办理，或请所在社区（村）便民服务代办员帮办代办。</p>
</section>
<section aria-labelledby="footer-phone">
<h2 id="footer-phone">电话咨询</h2>
<p><a href="tel:12345">12345</a> 政务服务便民热线</p>
<p>各事项的咨询电话见事项页面的“咨询方式”。</p>
</section>
<section aria-labelledby="footer-links">
<h2 id="footer-links">更多</h2>
<ul class="footer-links">
<li><a href="${site.href('/reports')}">纠错查询</a></li>
<li><a href="${site.href('/open-data')}">开放数据</a></li>
<li><a href="${site.href('/editions')}">目录版本</a></li>
<li><a href="/admin/">工作人员登录</a></li>
</ul>
</section>
</div>
<p class="wrap footer-note">${site.regionName}政务公开政务服务管理办公室 主办</p>
</footer>
</body>
</html>
`;
  return page.value;
}
