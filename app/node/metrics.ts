/**
 * A small Prometheus registry (text exposition format 0.0.4): counters and gauges with optional
 * labels. The node has a handful of metrics, so a client library would be more weight than help.
 */
export type MetricType = 'counter' | 'gauge';

interface Metric {
  name: string;
  help: string;
  type: MetricType;
  /** Serialised label set ("" for none) → value. */
  values: Map<string, number>;
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function labelKey(labels: Record<string, string> | undefined): string {
  if (labels === undefined) return '';
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${k}="${escapeLabel(labels[k]!)}"`).join(',')}}`;
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

export class MetricsRegistry {
  private readonly metrics = new Map<string, Metric>();

  constructor(private readonly namespace = 'meshwork') {}

  private get(name: string, type: MetricType, help: string): Metric {
    const full = `${this.namespace}_${name}`;
    let m = this.metrics.get(full);
    if (m === undefined) {
      m = { name: full, help, type, values: new Map() };
      this.metrics.set(full, m);
    } else if (m.type !== type) throw new Error(`metric ${full} is a ${m.type}, not a ${type}`);
    return m;
  }

  /** Declares a metric so it is exported (as 0) before its first update. */
  declare(name: string, type: MetricType, help: string): void {
    const m = this.get(name, type, help);
    if (!m.values.has('')) m.values.set('', 0);
  }

  inc(name: string, help: string, by = 1, labels?: Record<string, string>): void {
    const m = this.get(name, 'counter', help);
    const k = labelKey(labels);
    m.values.set(k, (m.values.get(k) ?? 0) + by);
  }

  set(name: string, help: string, value: number, labels?: Record<string, string>): void {
    this.get(name, 'gauge', help).values.set(labelKey(labels), value);
  }

  /** The exposition text, metrics and label sets sorted for stable output. */
  render(): string {
    const lines: string[] = [];
    for (const name of [...this.metrics.keys()].sort()) {
      const m = this.metrics.get(name)!;
      lines.push(`# HELP ${m.name} ${m.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`);
      lines.push(`# TYPE ${m.name} ${m.type}`);
      for (const k of [...m.values.keys()].sort()) lines.push(`${m.name}${k} ${formatValue(m.values.get(k)!)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
