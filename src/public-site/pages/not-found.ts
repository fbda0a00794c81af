/** 页面不存在: the portal's 404 page, in Chinese, with ways to go on. */
import { html } from '../html.ts';
import { layout, searchForm } from '../layout.ts';
import type { Site } from '../site.ts';

export function notFoundPage(site: Site, opts: { title?: string; message?: string } = {}): string {
  const body = html`<h1>${opts.title ?? '页面不存在'}</h1>
<p class="lead">${opts.message ?? '您要找的页面不存在，可能是地址有误，或该内容已调整。'}</p>
${searchForm(site, { id: 'nf-q', big: true, label: '搜索事项' })}
<ul class="links-list">
<li><a href="${site.href('/')}">返回首页</a></li>
<li><a href="${site.href('/items')}">浏览事项目录</a></li>
<li><a href="${site.href('/editions')}">查看目录版本（已取消的事项可在历史版本中查到）</a></li>
</ul>`;
  return layout(site, { title: opts.title ?? '页面不存在', canonical: site.href('/'), noindex: true, body, hideHeaderSearch: true });
}
