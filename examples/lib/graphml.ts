/**
 * GraphML (http://graphml.graphdrawing.org/) for a `{ nodes, edges }` neighbourhood, the
 * format Gephi, yEd, Cytoscape desktop and NetworkX read.
 */
export interface GraphElements {
  nodes: { data: { id: string; label: string; group: string; type: string; date?: string | null; stance?: string | null } }[];
  edges: { data: { id: string; source: string; target: string; type: string; label: string } }[];
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const NODE_KEYS = ['label', 'group', 'type', 'date', 'stance'] as const;
const EDGE_KEYS = ['type', 'label'] as const;

export function toGraphML(graph: GraphElements): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>`),
    ...EDGE_KEYS.map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>`),
    '  <graph id="neighbourhood" edgedefault="directed">',
  ];
  for (const { data } of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(data.id)}">`);
    for (const key of NODE_KEYS) {
      const value = data[key];
      if (value !== null && value !== undefined) lines.push(`      <data key="n_${key}">${xmlEscape(String(value))}</data>`);
    }
    lines.push('    </node>');
  }
  for (const { data } of graph.edges) {
    lines.push(`    <edge id="${xmlEscape(data.id)}" source="${xmlEscape(data.source)}" target="${xmlEscape(data.target)}">`);
    for (const key of EDGE_KEYS) lines.push(`      <data key="e_${key}">${xmlEscape(data[key])}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
