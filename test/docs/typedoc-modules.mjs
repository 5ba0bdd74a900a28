// A TypeDoc plugin for `npm run docs` (typedoc.json): names each entry point's module by the import
// specifier a user writes (`pwflow`, `pwflow/mock-server/msw`, …) instead of its folder (`src`),
// so the API reference reads like the code that uses it.
import { Converter, ReflectionKind } from 'typedoc';

const NAMES = {
  src: 'pwflow',
  'mock-server': 'pwflow/mock-server',
  'mock-server/msw': 'pwflow/mock-server/msw',
  'mock-server/node': 'pwflow/mock-server/node',
  'mock-server/playwright': 'pwflow/mock-server/playwright',
  'src/ui': 'pwflow/ui',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      module.name = NAMES[module.name] ?? module.name;
    }
  });
}
