// The native menu's words and its template, in the language the page is shown in (the page tells
// main its language at start and on every switch: DESKTOP_CHANNELS.setLanguage). Electron labels
// its role items in English ("Hide Others", "Services", "Quit Clearpack", "Bring All to Front"), so
// every item, the macOS app menu's too, is given its label here. Pure (no
// Electron import), so the words of both languages are tested under plain Node (menu.test.ts).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/desktop';

export type MenuLanguage = 'en' | 'zh';

const en = {
  // The macOS app menu (its title is the app's name, set by macOS).
  app: 'Clearpack', services: 'Services', hide: 'Hide Clearpack', hideOthers: 'Hide others', unhide: 'Show all',
  file: 'File', backup: 'Back up now', restore: 'Restore from backup…', close: 'Close window', quit: 'Quit Clearpack',
  edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
  view: 'View', reload: 'Reload', devTools: 'Developer tools', resetZoom: 'Actual size', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fullScreen: 'Full screen',
  window: 'Window', minimize: 'Minimize', zoom: 'Zoom', front: 'Bring all to front',
  help: 'Help', shortcuts: 'Keyboard shortcuts', dataFolder: 'Open data folder', about: 'About Clearpack',
};

const zh: typeof en = {
  app: 'Clearpack', services: '服务', hide: '隐藏 Clearpack', hideOthers: '隐藏其他', unhide: '全部显示',
  file: '文件', backup: '立即备份', restore: '从备份恢复…', close: '关闭窗口', quit: '退出 Clearpack',
  edit: '编辑', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选',
  view: '视图', reload: '重新加载', devTools: '开发者工具', resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小', fullScreen: '全屏',
  window: '窗口', minimize: '最小化', zoom: '缩放', front: '全部置于顶层',
  help: '帮助', shortcuts: '键盘快捷键', dataFolder: '打开数据文件夹', about: '关于 Clearpack',
};

export const MENU_WORDS: Record<MenuLanguage, typeof en> = { en, zh };

/** The UI language a locale or a page's word stands for ('zh-CN' → 'zh'); anything else is English. */
export const menuLanguageOf = (value: unknown): MenuLanguage => (typeof value === 'string' && value.toLowerCase().startsWith('zh') ? 'zh' : 'en');

export interface MenuHooks {
  isMac: boolean;
  packaged: boolean;
  send(action: MenuAction): void;
  openDataFolder(): void;
  about(): void;
}

export function menuTemplate(language: MenuLanguage, hooks: MenuHooks): MenuItemConstructorOptions[] {
  const w = MENU_WORDS[language];
  return [
    // Not Electron's appMenu role: its items would keep their English labels.
    ...(hooks.isMac
      ? [
          {
            label: w.app,
            submenu: [
              { role: 'about', label: w.about },
              { type: 'separator' },
              { role: 'services', label: w.services },
              { type: 'separator' },
              { role: 'hide', label: w.hide },
              { role: 'hideOthers', label: w.hideOthers },
              { role: 'unhide', label: w.unhide },
              { type: 'separator' },
              { role: 'quit', label: w.quit },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: w.file,
      submenu: [
        // Both lead the page to Settings → Backups, where the work and its progress are shown.
        { label: w.backup, click: () => hooks.send('backup') },
        { label: w.restore, click: () => hooks.send('restore') },
        { type: 'separator' },
        hooks.isMac ? { role: 'close', label: w.close } : { role: 'quit', label: w.quit },
      ],
    },
    {
      label: w.edit,
      submenu: [
        { role: 'undo', label: w.undo },
        { role: 'redo', label: w.redo },
        { type: 'separator' },
        { role: 'cut', label: w.cut },
        { role: 'copy', label: w.copy },
        { role: 'paste', label: w.paste },
        { role: 'selectAll', label: w.selectAll },
      ],
    },
    {
      label: w.view,
      submenu: [
        { role: 'reload', label: w.reload },
        ...(hooks.packaged ? [] : [{ role: 'toggleDevTools' as const, label: w.devTools }]),
        { type: 'separator' },
        { role: 'resetZoom', label: w.resetZoom },
        { role: 'zoomIn', label: w.zoomIn },
        { role: 'zoomOut', label: w.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: w.fullScreen },
      ],
    },
    {
      label: w.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: w.minimize },
        { role: 'zoom', label: w.zoom },
        ...(hooks.isMac ? [{ type: 'separator' as const }, { role: 'front' as const, label: w.front }] : [{ role: 'close' as const, label: w.close }]),
      ],
    },
    {
      label: w.help,
      role: 'help',
      submenu: [
        // The page handles the keys themselves (no accelerators here: the menu would take them first).
        { label: w.shortcuts, click: () => hooks.send('shortcuts') },
        { type: 'separator' },
        { label: w.dataFolder, click: () => hooks.openDataFolder() },
        { label: w.about, click: () => hooks.about() },
      ],
    },
  ];
}
