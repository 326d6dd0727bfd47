import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents, type MdxPageContext } from "./mdx-components";

type MdxComponent = ReturnType<typeof getMDXComponent>;
const componentsByCode = new Map<string, MdxComponent>();

/** getMDXComponent evaluates the compiled code; do that once per distinct document. */
function componentFor(code: string): MdxComponent {
  let component = componentsByCode.get(code);
  if (!component) {
    component = getMDXComponent(code);
    componentsByCode.set(code, component);
  }
  return component;
}

/** Renders compiled MDX on the server; the page ships HTML, not the MDX code. */
export function MdxContent({ code, ...context }: { code: string } & MdxPageContext) {
  const Content = componentFor(code);
  // Not created during render: componentFor returns the same component for the same code,
  // and a Server Component renders once, so no state is lost.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={mdxComponents(context)} />;
}
