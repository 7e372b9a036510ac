import json,sys
# usage: join_parts.py ARTICLES.jsonl PIECES.jsonl > JOINED.jsonl
# join same-paragraph "A," X said. "B." pieces (our tests/gold convention); A may end
# in a quote of its own ("... 'Don't,'" he says. "B.")
arts={json.loads(l)['id']:json.loads(l)['text'] for l in open(sys.argv[1])}
G=[json.loads(l) for l in open(sys.argv[2])]
out=[];pos={}
def locate(g):
    t=arts[g['article']]; parts=[g['text']]
    i=t.find(g['text'], pos.get(g['article'],0))
    if i<0: i=t.find(g['text'][:30], pos.get(g['article'],0))
    if i<0: i=t.find(g['text'][:30])
    return i
prev=None
for g in G:
    t=arts[g['article']]
    i=locate(g)
    e=i+len(g['text']) if i>=0 else -1
    if prev and prev['article']==g['article'] and prev['speaker']==g['speaker'] and i>=0 and prev['_e']>=0:
        gap=t[prev['_e']:i]
        if g['text'][:1].isupper() and 'adding' not in gap and '\n' not in gap and len(gap)<=300 and (prev['text'].rstrip().rstrip('’\'')[-1:] in ',?!' or gap.lstrip('"”»’\'')[:1]==',') and gap.count('"')+gap.count('“')+gap.count('”')+gap.count('«')+gap.count('»')<=2:
            prev['text']=prev['text'].rstrip().rstrip(',')+' '+g['text']; prev['_e']=e; pos[g['article']]=e; continue
    if prev: out.append(prev)
    g['_e']=e; prev=g
    if e>=0: pos[g['article']]=e
out.append(prev)
for g in out:
    g.pop('_e',None); print(json.dumps(g,ensure_ascii=False))
