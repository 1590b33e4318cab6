import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isoDay } from './ingest/front-matter.js';
import { findFiles, InputError } from './ingest/find-files.js';
import { ingestDocument } from './ingest/ingest-document.js';
import { analyze } from './pipeline.js';
import { acceptedFindings, buildBaseline, parseBaseline } from './report/baseline.js';
import { buildReport } from './report/build-report.js';
import { plainPalette } from './report/formatters/formatter.js';
import { formatterNamed, formatters } from './report/formatters/index.js';
export const VERSION = '0.1.0';
export const EXIT = { ok: 0, findings: 1, error: 2 };
const FAIL_ON = ['contradict', 'update', 'never'];
export const CONFIG_FILE = 'claimcheck.config.json';
/** Reads the configuration: --config, else claimcheck.config.json in the working directory. */
async function loadConfig(file) {
    const target = file ?? CONFIG_FILE;
    let text;
    try {
        text = await readFile(target, 'utf8');
    }
    catch (error) {
        if (!file && error.code === 'ENOENT')
            return {};
        throw new InputError(`cannot read config ${target}: ${error.code ?? error.message}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`${target} is not valid JSON: ${error.message.split('\n')[0]}`);
    }
    const orgs = data?.organizations;
    const valid = orgs === undefined || (typeof orgs === 'object' && orgs !== null && !Array.isArray(orgs) &&
        Object.values(orgs).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string')));
    if (!data || typeof data !== 'object' || !valid) {
        throw new InputError(`${target}: expected {"organizations": {"Canonical name": ["other spelling", …]}}`);
    }
    return { organizations: orgs };
}
const EXAMPLES = `
Examples:
  claimcheck ./articles                      report in the terminal
  claimcheck ./articles --format json | jq '.findings[] | select(.status == "contradict")'
  claimcheck a.md b.md --fail-on update      exit 1 on contradictions and updates
  claimcheck ./articles --format github      annotations for a CI log
  claimcheck ./articles --write-baseline .claimcheck-baseline.json
  claimcheck ./articles --baseline .claimcheck-baseline.json   accept known findings

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage or input error.`;
function useColour(opts, io) {
    if (!opts.color)
        return false;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined)
        return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
    return io.isTTY;
}
function palette(colour) {
    if (!colour)
        return plainPalette;
    const c = new Chalk({ level: 1 });
    return { bold: c.bold, dim: c.dim, red: c.red, green: c.green, yellow: c.yellow, blue: c.blue, cyan: c.cyan, magenta: c.magenta };
}
function parseSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
    if (!m)
        throw new InputError(`--max-file-size takes a size such as 2MB or 500KB, not "${text}"`);
    const unit = (m[2] ?? 'b').toLowerCase();
    const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
    return Math.floor(Number(m[1]) * factor);
}
async function loadDocuments(paths, opts, io) {
    const files = await findFiles(paths);
    if (!files.length)
        throw new InputError(`no articles (*.txt, *.md, *.markdown) found in ${paths.join(', ')}`);
    const maxBytes = parseSize(opts.maxFileSize);
    const docs = [];
    const where = {};
    for (const file of files) {
        where[file.id] = path.relative(process.cwd(), file.absolute).split(path.sep).join('/');
        let bytes;
        try {
            bytes = await readFile(file.absolute);
        }
        catch (error) {
            throw new InputError(`cannot read ${file.id}: ${error.code ?? error.message}`);
        }
        const doc = ingestDocument(file.id, bytes, { published: opts.published ?? null, maxBytes });
        for (const warning of doc.warnings) {
            if (!/^no publication date/.test(warning))
                io.stderr(`claimcheck: warning: ${file.id}: ${warning}\n`);
        }
        docs.push(doc);
    }
    if (docs.every((d) => d.text.trim() === ''))
        throw new InputError(`nothing to check: every article in ${paths.join(', ')} is empty or not text`);
    return { docs, paths: where };
}
function exitCode(report, failOn, accepted) {
    if (failOn === 'never')
        return EXIT.ok;
    const failing = report.findings.filter((f) => !accepted.has(f.id) && (f.status === 'contradict' || (failOn === 'update' && f.status === 'update')));
    return failing.length ? EXIT.findings : EXIT.ok;
}
function program(io) {
    return new Command()
        .name('claimcheck')
        .description('Cross-check news articles about one story: where sources agree, contradict, or stand alone.')
        .version(VERSION, '-V, --version')
        .argument('<paths...>', 'folders (searched for *.txt, *.md, *.markdown) or article files')
        .addOption(new Option('-f, --format <format>', 'output format').choices(formatters.map((f) => f.name)).default('pretty'))
        .option('--no-color', 'no colour (also NO_COLOR=1; colour only on a terminal unless FORCE_COLOR)')
        .addOption(new Option('--fail-on <status>', 'exit 1 when findings at or above this exist').choices([...FAIL_ON]).default('contradict'))
        .option('--published <YYYY-MM-DD>', 'publication date for documents that give none in front matter')
        .option('-v, --verbose', 'also list single-source claims and all warnings', false)
        .option('--baseline <file>', 'accept the findings listed in this baseline file (they no longer fail)')
        .option('--write-baseline <file>', 'write the current contradict and update findings to a baseline file')
        .option('--max-file-size <size>', 'check only the first part of larger files', '2MB')
        .option('--config <file>', `configuration file (default: ${CONFIG_FILE} in the working directory, if any)`)
        .addHelpText('after', EXAMPLES)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => { } })
        .showHelpAfterError(false);
}
/** Runs claimcheck with the given arguments (without node and script); returns the exit code. */
export async function runCli(argv, io) {
    const cmd = program(io);
    try {
        cmd.parse(argv, { from: 'user' });
    }
    catch (error) {
        if (error instanceof CommanderError) {
            if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')
                return EXIT.ok;
            io.stderr(`claimcheck: ${error.message.replace(/^error: /, '')} (see claimcheck --help)\n`);
            return EXIT.error;
        }
        throw error;
    }
    const opts = cmd.opts();
    try {
        if (opts.published !== undefined && !isoDay(opts.published))
            throw new InputError(`--published takes a date as YYYY-MM-DD, not "${opts.published}"`);
        if (opts.published)
            opts.published = isoDay(opts.published);
        const config = await loadConfig(opts.config);
        const { docs, paths } = await loadDocuments(cmd.args, opts, io);
        const report = buildReport(analyze(docs, config), VERSION);
        let accepted = new Set();
        if (opts.baseline) {
            let data;
            try {
                data = JSON.parse(await readFile(opts.baseline, 'utf8'));
            }
            catch (error) {
                throw new InputError(`cannot read baseline ${opts.baseline}: ${error.code ?? error.message.split('\n')[0]}`);
            }
            try {
                accepted = acceptedFindings(report, parseBaseline(data));
            }
            catch (error) {
                throw new InputError(`${opts.baseline}: ${error.message}`);
            }
        }
        if (opts.writeBaseline) {
            await writeFile(opts.writeBaseline, `${JSON.stringify(buildBaseline(report), null, 2)}\n`);
            io.stderr(`claimcheck: wrote ${opts.writeBaseline}\n`);
        }
        const formatter = formatterNamed(opts.format);
        io.stdout(formatter.format(report, { palette: palette(useColour(opts, io)), verbose: opts.verbose, accepted, paths }));
        return opts.writeBaseline ? EXIT.ok : exitCode(report, opts.failOn, accepted);
    }
    catch (error) {
        if (error instanceof InputError) {
            io.stderr(`claimcheck: ${error.message}\n`);
            return EXIT.error;
        }
        io.stderr(`claimcheck: internal error: ${error.message.split('\n')[0]} (please report it)\n`);
        return EXIT.error;
    }
}
//# sourceMappingURL=cli.js.map