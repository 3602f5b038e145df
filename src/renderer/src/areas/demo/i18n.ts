// Strings of the first-run demo choice.
export const en = {
  demo: {
    title: 'Your catalog is empty',
    intro: 'Try Clearpack with a demo catalog — electronics with lithium batteries, cosmetics, food, toys and clothing, with their customs and safety facts — or start with your own products.',
    fill: 'Fill with demo data',
    loading: 'Filling…',
    startEmpty: 'Start empty',
  },
};

export const zh: typeof en = {
  demo: {
    title: '商品目录为空',
    intro: '可以先用示例目录试用 Clearpack（含锂电池电子产品、化妆品、食品、玩具和服装，并附报关与安全信息），也可以直接录入自己的商品。',
    fill: '填入示例数据',
    loading: '正在填入…',
    startEmpty: '从空白开始',
  },
};
