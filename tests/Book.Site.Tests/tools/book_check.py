#!/usr/bin/env python3
"""Checks book/*.md: front matter, unique labels, cross-references, citation keys, quiz YAML, images.
Run from the repository root: python3 tests/Book.Site.Tests/tools/book_check.py"""
import re, os, glob, yaml, sys
root='book'
files=sorted(glob.glob(root+'/*.md'))
labels={}; refs=[]; cites=set()
bib=open(root+'/references.bib').read()
keys=set(re.findall(r'^@\w+\{([^,]+),', bib, flags=re.M))
for f in files:
    t=open(f).read()
    fm=re.match(r'\A---\n(.*?)\n---\n', t, flags=re.S)
    meta=yaml.safe_load(fm.group(1)); assert 'title' in meta and 'description' in meta, f
    for m in re.finditer(r'\{#((?:sec|fig|tbl|eq)-[\w-]+)', t):
        l=m.group(1)
        if l in labels: print('DUP', l, f, labels[l])
        labels[l]=f
    for m in re.finditer(r'#(lst-[\w-]+)', t):
        labels[m.group(1)]=f
    nocode=re.sub(r'^```.*?^```[ \t]*$', '', t, flags=re.S|re.M)
    for m in re.finditer(r'@((?:sec|fig|tbl|eq|lst)-[\w-]*[\w])', t):
        refs.append((m.group(1), f))
    for m in re.finditer(r'(?<![\w.])-?@([A-Za-z][\w:-]*[\w])', nocode):
        k=m.group(1)
        if re.match(r'(sec|fig|tbl|eq|lst)-', k): continue
        if k not in keys: print('BADCITE', k, f)
        cites.add(k)
    for m in re.finditer(r'^```quiz\n(.*?)^```', t, flags=re.S|re.M):
        qs=yaml.safe_load(m.group(1))
        for q in qs:
            ty=q['type']; assert 'question' in q and 'explanation' in q, (f,q)
            if ty=='mcq': assert isinstance(q['answer'],int) and 0<=q['answer']<len(q['choices']), (f,q)
            elif ty=='tf': assert isinstance(q['answer'],bool), (f,q)
            elif ty=='fill': assert q['answer'], (f,q)
            elif ty=='order': assert len(q['items'])>=2 and 'answer' not in q, (f,q)
            elif ty=='short': assert isinstance(q['answer'],str), (f,q)
            else: print('BADTYPE', f, ty)
    for m in re.finditer(r'\[\^(fn-[\w-]+)\]', t):
        pass
    for m in re.finditer(r'!\[([^\]]*)\]\(([^)]+)\)', t):
        if not os.path.exists(os.path.join(root, m.group(2))): print('MISSINGIMG', m.group(2))
for r,f in refs:
    if r not in labels: print('UNDEF', r, 'in', f)
print('labels', len(labels), 'refs', len(refs), 'citekeys used', len(cites), 'bib', len(keys))
print('unused bib', sorted(keys-cites))
