#!/usr/bin/env python3
"""Counts prose words and structural elements per chapter of book/*.md."""
import re, sys, os, yaml
root = sys.argv[1] if len(sys.argv) > 1 else 'book'
order = ['index','how-to-use','ml-systems','numbers','quantization','integer-matmul','softmax-normalization',
         'attention-kv-cache','benchmarking','deployment-monitoring']
rows = []
for name in order:
    p = os.path.join(root, name + '.md')
    if not os.path.exists(p): continue
    text = open(p, encoding='utf-8').read()
    body = re.sub(r'\A---\n.*?\n---\n', '', text, flags=re.S)
    quizq = 0
    for m in re.finditer(r'^```quiz\n(.*?)^```', body, flags=re.S | re.M):
        quizq += len(yaml.safe_load(m.group(1)))
    prose = re.sub(r'^```.*?^```[ \t]*$', '', body, flags=re.S | re.M)     # code + quiz
    prose = re.sub(r'^\$\$\n.*?^\$\$[^\n]*', '', prose, flags=re.S | re.M)      # display math
    prose = '\n'.join(l for l in prose.split('\n') if not l.lstrip().startswith('|') and not l.startswith(':::'))
    prose = re.sub(r'\{\{<.*?>\}\}', '', prose)
    prose = re.sub(r'\{#[^}]*\}', '', prose)
    prose = re.sub(r'\$[^$\n]+\$', ' X ', prose)                          # inline math = one token
    words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-\.]*", prose))
    figs = len(re.findall(r'\{#fig-', body))
    tbls = len(re.findall(r'\{#tbl-', body))
    eqs = len(re.findall(r'\{#eq-', body))
    lsts = len(re.findall(r'#lst-', body))
    nobody = re.sub(r'^```.*?^```[ \t]*$', '', body, flags=re.S | re.M)
    cites = len(re.findall(r'(?<![\w])-?@(?!fig-|tbl-|sec-|eq-|lst-)[a-z][\w:-]*\d{4}[\w-]*|@(?:onnx|ieee|intel|dotnet|benchmarkdotnet)[\w-]*', nobody))
    xrefs = len(re.findall(r'@(?:fig|tbl|sec|eq|lst)-[\w-]+', body))
    fns = len(re.findall(r'^\[\^fn-[^\]]+\]:', body, flags=re.M))
    ex = len(re.findall(r'\{\{< exercise ', body))
    rows.append((name, words, figs, tbls, eqs, lsts, cites, xrefs, fns, quizq, ex))
hdr = ('file','words','fig','tbl','eq','lst','cite','xref','fn','quizQ','ex')
print('| ' + ' | '.join(hdr) + ' |'); print('|' + '---|'*len(hdr))
for r in rows: print('| ' + ' | '.join(str(x) for x in r) + ' |')
