/// The HTML report's only style sheet (its SHA-256 is in the page's Content-Security-Policy).
enum HTMLStyle {
    static let css = """
        :root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--pass:#1a7f37;\
        --fail:#cf222e;--skip:#9a6700;--unchecked:#6e7781;--mark:#0550ae;color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#8d96a0;--line:#30363d;\
        --panel:#161b22;--pass:#3fb950;--fail:#f85149;--skip:#d29922;--unchecked:#8d96a0;--mark:#79c0ff}}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:72rem;padding:1rem;background:var(--bg);color:var(--fg);\
        font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        a{color:var(--mark)}p,li,dd,td,.url{overflow-wrap:anywhere}
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.4rem 0 .5rem}h3{font-size:1rem}
        h4{font-size:.9rem;margin:.8rem 0 .3rem;color:var(--muted)}
        .mono,pre,.url{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
        pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6rem;\
        overflow-x:auto;white-space:pre-wrap;word-break:break-all;margin:.3rem 0}
        .verdict{border-left:6px solid var(--unchecked);padding:.5rem 1rem;background:var(--panel);border-radius:6px}
        .verdict.passed{border-color:var(--pass)}.verdict.failed{border-color:var(--fail)}
        .verdict.failed h1{color:var(--fail)}.verdict.passed h1{color:var(--pass)}
        .collection,.facts,.note,footer{color:var(--muted);margin:.2rem 0}
        .stats{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
        .first-failure{border-top:1px solid var(--line);margin-top:.6rem}
        .first-failure h2{font-size:1rem;margin:.5rem 0 .2rem;color:var(--fail)}
        .compare,.pairs{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
        dt{color:var(--muted)}dd{margin:0;word-break:break-all}
        .filter{margin:1rem .3rem 0 0}.filter-label{cursor:pointer}
        .filter:checked~main .request:not(.failed),.filter:checked~main .iteration{display:none}
        #timeline{overflow-x:auto}.timeline{display:block;min-width:40rem;height:auto;font-size:10px}
        .timeline text{fill:var(--fg)}.timeline .axis{fill:var(--muted)}
        .timeline .tick{stroke:var(--line);stroke-width:1}
        .timeline .separator{stroke:var(--muted);stroke-dasharray:4 3}
        .timeline .iteration-label{font-weight:bold}
        .bar.passed{fill:var(--pass)}.bar.failed{fill:var(--fail)}.bar.skipped{fill:var(--skip)}
        .bar.unchecked{fill:var(--unchecked)}.mark{stroke:var(--mark);stroke-width:2}
        .request{border:1px solid var(--line);border-left:5px solid var(--unchecked);border-radius:6px;margin:.4rem 0;\
        padding:.2rem .8rem}
        .request.passed{border-left-color:var(--pass)}.request.failed{border-left-color:var(--fail)}
        .request.skipped{border-left-color:var(--skip)}
        summary{cursor:pointer;display:flex;flex-wrap:wrap;gap:.2rem .7rem;padding:.3rem 0}
        .request>details>summary .name{font-weight:600;flex:1 1 14rem}
        .method{font-family:ui-monospace,monospace;font-weight:bold}
        .status,.time{color:var(--muted)}
        .failed .icon{color:var(--fail)}.passed .icon{color:var(--pass)}
        .problem,.reason,.run-error{color:var(--fail)}.warning,.skipped-note,.truncated{color:var(--skip)}
        table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.9rem}
        th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top;\
        word-break:break-word}
        ul.checks{list-style:none;padding:0;margin:.3rem 0}ul.checks .passed{color:var(--pass)}\
        ul.checks .skipped{color:var(--skip)}
        tr.failed td:nth-child(2){color:var(--fail)}tr.passed td:nth-child(2){color:var(--pass)}
        .part{margin:.3rem 0}.part>summary{color:var(--muted);display:list-item}
        .anchor{color:var(--muted);text-decoration:none}dd{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
        font-size:.85rem}
        @media (max-width:40rem){body{padding:.5rem;font-size:14px}th:nth-child(3),td:nth-child(3){display:none}\
        .compare,.pairs{grid-template-columns:1fr}dt{margin-top:.3rem}}
        """
}
