# The filled rectangles of one PDF page in top-left coordinates (x y width height fill), for
# the chart tests: follows q/Q/cm so each `re` is placed where it is drawn. Needs pikepdf.
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
page = pdf.pages[int(sys.argv[2]) - 1]
H = float(page.MediaBox[3])
def mul(a, b):
    return [a[0]*b[0]+a[1]*b[2], a[0]*b[1]+a[1]*b[3], a[2]*b[0]+a[3]*b[2], a[2]*b[1]+a[3]*b[3], a[4]*b[0]+a[5]*b[2]+b[4], a[4]*b[1]+a[5]*b[3]+b[5]]
ctm = [1,0,0,1,0,0]; stack = []; fill = None; pending = []
for operands, op in pikepdf.parse_content_stream(page):
    o = str(op)
    if o == 'q': stack.append((ctm, fill))
    elif o == 'Q': ctm, fill = stack.pop()
    elif o == 'cm': ctm = mul([float(x) for x in operands], ctm)
    elif o in ('rg', 'sc', 'scn') and len(operands) == 3: fill = '#%02x%02x%02x' % tuple(round(float(x)*255) for x in operands)
    elif o == 're':
        x, y, w, h = [float(v) for v in operands]
        pts = [(x, y), (x + w, y + h)]
        t = [(ctm[0]*px + ctm[2]*py + ctm[4], ctm[1]*px + ctm[3]*py + ctm[5]) for px, py in pts]
        xs = sorted(p[0] for p in t); ys = sorted(H - p[1] for p in t)
        pending.append((xs[0], ys[0], xs[1]-xs[0], ys[1]-ys[0]))
    elif o in ('f', 'f*', 'B', 'b'):
        for r in pending: print('%.3f %.3f %.3f %.3f %s' % (*r, fill))
        pending = []
    elif o in ('n', 'S', 's'): pending = []
