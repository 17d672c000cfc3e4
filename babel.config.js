// babel-preset-taro lacks the private-methods transform that @tanstack/* needs (see config/index.ts).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: ['@babel/plugin-transform-private-methods'],
}
