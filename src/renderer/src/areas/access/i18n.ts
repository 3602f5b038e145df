// Words of the lists' controls (columns, sideways scrolling) and of the keyboard shortcuts.
export const en = {
  table: {
    columns: 'Columns',
    columnsOf: 'Columns of {{list}}',
    hiddenCount_one: '{{count}} hidden',
    hiddenCount_other: '{{count}} hidden',
    resetWidths: 'Reset widths',
    folded: 'hidden to fit the window',
    scrollsSideways: 'More columns to the right: scroll sideways (Shift + wheel) or use the arrow keys in the table.',
    filters: 'Filters',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    groups: { everywhere: 'Everywhere', lists: 'In a list' },
    keys: {
      search: 'Search this screen',
      new: 'New (product, supplier, shipment…)',
      save: 'Save the form',
      escape: 'Close a dialog or menu',
      help: 'Show this list',
      tab: 'Into the list and out of it (one stop)',
      arrows: 'Move between rows and cells',
      homeEnd: 'First or last cell of the row; with {{mod}}: first or last row',
      page: 'A screenful up or down',
      enter: 'Open the row; on a header: sort',
    },
  },
};

export const zh: typeof en = {
  table: {
    columns: '列',
    columnsOf: '{{list}}的列',
    hiddenCount_one: '已隐藏 {{count}} 列',
    hiddenCount_other: '已隐藏 {{count}} 列',
    resetWidths: '恢复列宽',
    folded: '窗口较窄，已暂时隐藏',
    scrollsSideways: '右侧还有更多列：横向滚动（Shift + 滚轮），或在表格中使用方向键。',
    filters: '筛选',
  },
  shortcuts: {
    title: '键盘快捷键',
    close: '关闭',
    groups: { everywhere: '所有界面', lists: '在列表中' },
    keys: {
      search: '搜索本界面',
      new: '新建（商品、供应商、货件…）',
      save: '保存表单',
      escape: '关闭对话框或菜单',
      help: '显示本列表',
      tab: '进入或离开列表（只停一次）',
      arrows: '在行与单元格之间移动',
      homeEnd: '本行第一格或最后一格；加 {{mod}}：第一行或最后一行',
      page: '向上或向下翻一屏',
      enter: '打开该行；在表头上：排序',
    },
  },
};
