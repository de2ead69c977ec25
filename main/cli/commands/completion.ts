import { Argument, type Command } from 'commander';
import type { Io } from '../output';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** One command of the tree: its words from the top, what may follow it, and its options. */
interface Node {
  path: string[];
  subcommands: string[];
  options: { flag: string; takesValue: boolean; description: string }[];
}

function nodesOf(command: Command, path: string[] = []): Node[] {
  const options = [...command.options.map((option) => ({ flag: option.long ?? option.short ?? '', takesValue: option.required || option.optional, description: option.description })), { flag: '--help', takesValue: false, description: 'show help' }];
  const here: Node = { path, subcommands: command.commands.map((sub) => sub.name()), options: options.filter((option) => option.flag) };
  return [here, ...command.commands.flatMap((sub) => nodesOf(sub, [...path, sub.name()]))];
}

const quoted = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** Bash (and zsh through bashcompinit): the command path is read from the words typed, then its subcommands and options are offered. */
function bash(nodes: Node[], globals: string[]): string {
  const paths = nodes.filter((node) => node.path.length > 0).map((node) => quoted(node.path.join(' ')));
  const cases = nodes.map((node) => `    ${quoted(node.path.join(' '))}) words=${quoted([...node.subcommands, ...node.options.map((option) => option.flag), ...(node.path.length > 0 ? globals : [])].join(' '))} ;;`);
  return [
    '# switchboard completion for bash: source it from ~/.bashrc, or save it as /etc/bash_completion.d/switchboard',
    '_switchboard() {',
    '  local cur=${COMP_WORDS[COMP_CWORD]} path="" word i words=""',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    word=${COMP_WORDS[i]}',
    '    [[ $word == -* ]] && continue',
    '    case "$path${path:+ }$word" in',
    `      ${paths.join('|')}) path="$path\${path:+ }$word" ;;`,
    '    esac',
    '  done',
    '  case "$path" in',
    ...cases,
    '  esac',
    '  COMPREPLY=($(compgen -W "$words" -- "$cur"))',
    '}',
    'complete -F _switchboard switchboard',
  ].join('\n');
}

function fish(nodes: Node[]): string {
  const lines = ['# switchboard completion for fish: save it as ~/.config/fish/completions/switchboard.fish', 'complete -c switchboard -f'];
  for (const node of nodes) {
    const seen = node.path.length === 0 ? '__fish_use_subcommand' : node.path.map((word) => `__fish_seen_subcommand_from ${word}`).join('; and ');
    const notDeeper = node.subcommands.length > 0 && node.path.length > 0 ? `; and not __fish_seen_subcommand_from ${node.subcommands.join(' ')}` : '';
    if (node.subcommands.length > 0) lines.push(`complete -c switchboard -n ${quoted(seen + notDeeper)} -a ${quoted(node.subcommands.join(' '))}`);
    for (const option of node.options) {
      lines.push(`complete -c switchboard -n ${quoted(node.path.length === 0 ? 'true' : seen)} -l ${option.flag.replace(/^--/, '')}${option.takesValue ? ' -r' : ''} -d ${quoted(option.description)}`);
    }
  }
  return lines.join('\n');
}

export function completionScript(tree: Command, shell: Shell): string {
  const nodes = nodesOf(tree);
  const globals = nodes[0]!.options.map((option) => option.flag).filter((flag) => flag !== '--version');
  if (shell === 'fish') return fish(nodes);
  const script = bash(nodes, globals);
  return shell === 'zsh' ? `#compdef switchboard\n# switchboard completion for zsh: save it as _switchboard in a folder of $fpath\nautoload -U +X bashcompinit && bashcompinit\n${script}` : script;
}

/** `switchboard completion bash|zsh|fish`: a completion script generated from the commands themselves. */
export function registerCompletionCommand(program: Command, deps: { io: Io; tree: () => Promise<Command> }): void {
  program
    .command('completion')
    .description('print a shell completion script: switchboard completion bash > /etc/bash_completion.d/switchboard')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action(async (shell: Shell) => {
      deps.io.out(completionScript(await deps.tree(), shell));
    });
}
