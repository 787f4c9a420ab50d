/**
 * The `$try` transform: Rust's `?` for contracts. AssemblyScript has no macros and no catchable
 * exceptions, so propagating a failed `Result` took two lines (`if (r.isErr) return
 * r.castErr<Response>();`). This asc transform rewrites, right after parsing,
 *
 *   const addr = $try(deps.api.addrValidate(recipient));   // Result<T> -> T
 *   $try(moveBalance(deps, from, to, amount));              // Result<T>, value unused
 *   owner = $try(deps.api.addrValidate(o));                 // assignment
 *   $check(verifyLogo(logo));                               // an error text or null
 *
 * into a temporary, `if (tmp.isErr) return tmp.castErr<R>();` (R from the enclosing function's
 * declared `Result<R>` return type; a function returning `string | null` gets the error text) and
 * the value. The new nodes keep the call's source range, so compiler errors point at the author's
 * line. `$try` anywhere else is left alone and hits the SDK's compile-time error
 * (std/assembly/try.ts), so a misuse cannot silently compile.
 */
import {
  Node,
  NodeKind,
  CommonFlags,
  Token,
  type Parser,
  type Source,
  type Statement,
  type Expression,
  type CallExpression,
  type BinaryExpression,
  type IdentifierExpression,
  type NamedTypeNode,
  type TypeNode,
  type FunctionDeclaration,
  type BlockStatement,
  type IfStatement,
  type VariableStatement,
  type ExpressionStatement,
  type ClassDeclaration,
  type NamespaceDeclaration,
  type SwitchStatement,
  type ForStatement,
  type WhileStatement,
  type DoStatement,
  type ForOfStatement,
  type ExportDefaultStatement,
  type Range,
} from 'assemblyscript';

type Propagation = { kind: 'result'; valueType: TypeNode } | { kind: 'text' } | { kind: 'none'; why: string };

export class TryTransformError extends Error {}

function where(range: Range): string {
  const src = range.source;
  const line = src.lineAt(range.start);
  return `${src.normalizedPath}:${line}:${src.columnAt()}`;
}

function calleeName(e: Expression | null): string | null {
  if (e === null || e.kind !== NodeKind.Call) return null;
  const callee = (e as CallExpression).expression;
  if (callee.kind !== NodeKind.Identifier) return null;
  const name = (callee as IdentifierExpression).text;
  return name === '$try' || name === '$check' ? name : null;
}

function propagationOf(fn: FunctionDeclaration): Propagation {
  const rt = fn.signature.returnType;
  if (rt.kind === NodeKind.NamedType) {
    const nt = rt as NamedTypeNode;
    const name = nt.name.identifier.text;
    if (name === 'Result' && nt.typeArguments !== null && nt.typeArguments.length === 1 && !nt.isNullable) {
      return { kind: 'result', valueType: nt.typeArguments[0]! };
    }
    if (name === 'string' && nt.isNullable) return { kind: 'text' };
  }
  return { kind: 'none', why: `the enclosing function ${fn.name.text}() must declare its return type as Result<T> or string | null` };
}

export class TryTransform {
  private counter = 0;
  readonly errors: string[] = [];

  /** Start offsets of the calls rewritten, per source. */
  private readonly rewritten = new Map<Source, Set<number>>();

  afterParse(parser: Parser): void {
    for (const source of parser.sources) {
      if (source.normalizedPath.startsWith('~lib/')) continue;
      this.visitTopLevel(source.statements);
      if (!source.normalizedPath.endsWith('std/assembly/try.ts')) this.reportLeftovers(source);
    }
    if (this.errors.length > 0) {
      const e = new TryTransformError(this.errors.join('\n'));
      e.stack = e.message; // asc prints the stack: the message is what matters
      throw e;
    }
  }

  /**
   * A `$try(`/`$check(` in the text that was not rewritten is in a position the transform does not
   * handle (inside an expression): name its line here rather than let the SDK's ERROR() point at
   * std/assembly/try.ts.
   */
  private reportLeftovers(source: Source): void {
    const done = this.rewritten.get(source) ?? new Set<number>();
    const re = /\$(try|check)\s*\(/g;
    for (const m of source.text.matchAll(re)) {
      const at = m.index;
      if (done.has(at)) continue;
      const lineStart = source.text.lastIndexOf('\n', at) + 1;
      const before = source.text.slice(lineStart, at);
      if (before.includes('//') || /^\s*\*/.test(before) || /\b(function|export)\b/.test(before)) continue; // comments, declarations
      const line = source.text.slice(0, at).split('\n').length;
      this.errors.push(`${source.normalizedPath}:${line}:${at - lineStart + 1}: $${m[1]}(...) must be a whole statement: \`const x = $try(f());\`, \`x = $try(f());\` or \`$try(f());\``);
    }
  }

  private visitTopLevel(statements: Statement[]): void {
    for (const s of statements) this.visitDeclaration(s);
  }

  private visitDeclaration(s: Statement): void {
    switch (s.kind) {
      case NodeKind.FunctionDeclaration:
      case NodeKind.MethodDeclaration:
        this.visitFunction(s as FunctionDeclaration);
        break;
      case NodeKind.ClassDeclaration:
        for (const m of (s as ClassDeclaration).members) this.visitDeclaration(m);
        break;
      case NodeKind.NamespaceDeclaration:
        this.visitTopLevel((s as NamespaceDeclaration).members);
        break;
      case NodeKind.ExportDefault:
        this.visitDeclaration((s as ExportDefaultStatement).declaration);
        break;
    }
  }

  private visitFunction(fn: FunctionDeclaration): void {
    const body = fn.body;
    if (body === null || body.kind !== NodeKind.Block) return;
    this.rewriteList((body as BlockStatement).statements, propagationOf(fn));
  }

  /** Rewrites `$try` statements in a statement list (in place) and recurses into nested blocks. */
  private rewriteList(list: Statement[], prop: Propagation): void {
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const replaced = this.rewriteStatement(s, prop);
      if (replaced !== null) {
        list.splice(i, 1, ...replaced);
        i += replaced.length - 1;
      } else this.recurse(s, prop);
    }
  }

  /** Wraps a single statement (an if/loop body) in a block when it needs rewriting. */
  private rewriteSingle(s: Statement, prop: Propagation): Statement {
    const replaced = this.rewriteStatement(s, prop);
    if (replaced === null) {
      this.recurse(s, prop);
      return s;
    }
    return Node.createBlockStatement(replaced, s.range);
  }

  private recurse(s: Statement, prop: Propagation): void {
    switch (s.kind) {
      case NodeKind.Block:
        this.rewriteList((s as BlockStatement).statements, prop);
        break;
      case NodeKind.If: {
        const x = s as IfStatement;
        x.ifTrue = this.rewriteSingle(x.ifTrue, prop);
        if (x.ifFalse !== null) x.ifFalse = this.rewriteSingle(x.ifFalse, prop);
        break;
      }
      case NodeKind.For: {
        const x = s as ForStatement;
        x.body = this.rewriteSingle(x.body, prop);
        break;
      }
      case NodeKind.ForOf: {
        const x = s as ForOfStatement;
        x.body = this.rewriteSingle(x.body, prop);
        break;
      }
      case NodeKind.While: {
        const x = s as WhileStatement;
        x.body = this.rewriteSingle(x.body, prop);
        break;
      }
      case NodeKind.Do: {
        const x = s as DoStatement;
        x.body = this.rewriteSingle(x.body, prop);
        break;
      }
      case NodeKind.Switch:
        for (const c of (s as SwitchStatement).cases) this.rewriteList(c.statements, prop);
        break;
      case NodeKind.FunctionDeclaration:
        this.visitFunction(s as FunctionDeclaration);
        break;
    }
  }

  private rewriteStatement(s: Statement, prop: Propagation): Statement[] | null {
    let call: CallExpression;
    let target: VariableStatement | null = null;
    let assignTo: Expression | null = null;
    if (s.kind === NodeKind.Expression && (s as ExpressionStatement).expression.kind === NodeKind.Binary) {
      // `x = $try(f());`
      const b = (s as ExpressionStatement).expression as BinaryExpression;
      if (b.operator !== Token.Equals || calleeName(b.right) === null) return null;
      call = b.right as CallExpression;
      assignTo = b.left;
    } else if (s.kind === NodeKind.Variable) {
      const v = s as VariableStatement;
      if (v.declarations.length !== 1 || calleeName(v.declarations[0]!.initializer) === null) return null;
      call = v.declarations[0]!.initializer as CallExpression;
      target = v;
    } else if (s.kind === NodeKind.Expression && calleeName((s as ExpressionStatement).expression) !== null) {
      call = (s as ExpressionStatement).expression as CallExpression;
    } else return null;

    const name = calleeName(call)!;
    const range = call.range;
    if (call.args.length !== 1) {
      this.errors.push(`${where(range)}: ${name}(...) takes exactly one argument`);
      return null;
    }
    if (prop.kind === 'none') {
      this.errors.push(`${where(range)}: ${name}(...) cannot propagate here: ${prop.why}`);
      return null;
    }
    if (name === '$check' && (target !== null || assignTo !== null)) {
      this.errors.push(`${where(range)}: $check(...) has no value; write it as a statement`);
      return null;
    }
    const src = range.source;
    if (!this.rewritten.has(src)) this.rewritten.set(src, new Set());
    this.rewritten.get(src)!.add(range.start);
    const tmp = `__try${this.counter++}`;
    const id = (text: string): IdentifierExpression => Node.createIdentifierExpression(text, range);
    const prop_ = (obj: string, p: string): Expression => Node.createPropertyAccessExpression(id(obj), id(p), range);
    const out: Statement[] = [];
    out.push(Node.createVariableStatement(null, [Node.createVariableDeclaration(id(tmp), null, CommonFlags.Const, null, call.args[0]!, range)], range));

    // the failure test and what is returned
    let failed: Expression;
    let returned: Expression;
    if (name === '$try') {
      failed = prop_(tmp, 'isErr');
      returned =
        prop.kind === 'result'
          ? Node.createCallExpression(prop_(tmp, 'castErr'), [prop.valueType], [], range)
          : prop_(tmp, 'error');
    } else {
      // $check: an error text (string | null)
      failed = Node.createBinaryExpression(
        Token.Exclamation_Equals_Equals,
        id(tmp),
        Node.createNullExpression(range),
        range,
      );
      // `Result.fromError<T>(tmp)`, not `err<T>(tmp!)`: `Result` is in scope wherever the function's
      // return type names it, while `err` may be missing or shadowed by a local of that name; and
      // the flow already knows `tmp` is non-null here, so no `!` (asc reported each one, AS210).
      returned =
        prop.kind === 'result'
          ? Node.createCallExpression(prop_('Result', 'fromError'), [prop.valueType], [id(tmp)], range)
          : id(tmp);
    }
    out.push(Node.createIfStatement(failed, Node.createReturnStatement(returned, range), null, range));
    if (assignTo !== null) {
      out.push(Node.createExpressionStatement(Node.createBinaryExpression(Token.Equals, assignTo, prop_(tmp, 'value'), range)));
    }
    if (target !== null) {
      const d = target.declarations[0]!;
      out.push(
        Node.createVariableStatement(
          target.decorators,
          [Node.createVariableDeclaration(d.name, d.decorators, d.flags, d.type, prop_(tmp, 'value'), d.range)],
          target.range,
        ),
      );
    }
    return out;
  }
}
