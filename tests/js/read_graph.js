// Read a GraphML or GEXF file with graphology's parsers (those of Gephi Lite and sigma.js)
// and print what a test needs to compare: counts, edge keys, and attribute values with
// their JavaScript types. Usage: node read_graph.js graphml|gexf FILE
"use strict";
const fs = require("fs");
const Graph = require("graphology");
const parsers = { graphml: require("graphology-graphml"), gexf: require("graphology-gexf") };

const [format, file] = process.argv.slice(2);
const parser = parsers[format];
if (!parser || !file) {
  console.error("usage: node read_graph.js graphml|gexf FILE");
  process.exit(2);
}
const graph = parser.parse(Graph, fs.readFileSync(file, "utf8"));
const typed = (attrs) =>
  Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name, [typeof value, value]]));
const nodes = {};
graph.forEachNode((node, attrs) => (nodes[node] = typed(attrs)));
const edges = {};
graph.forEachEdge((edge, attrs, source, target) => {
  edges[edge] = { source, target, attributes: typed(attrs) };
});
process.stdout.write(
  JSON.stringify({ type: graph.type, multi: graph.multi, order: graph.order, size: graph.size, nodes, edges })
);
