namespace Book.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>The languages highlighted at build time, found by fence name or alias (case-insensitive).</summary>
public static class Languages
{
    private static HashSet<string> Words(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    public static readonly LanguageDefinition Python = new()
    {
        Names = ["python", "py", "python3", "ipython"],
        LineComments = ["#"],
        TripleQuotedStrings = true,
        Decorators = true,
        Keywords = Words("and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case"),
        Types = Words("int float str bool list dict set tuple bytes object type len range print enumerate zip map filter sum min max abs round sorted reversed isinstance super open any all iter next self cls"),
        Literals = Words("True False None"),
    };

    public static readonly LanguageDefinition CSharp = new()
    {
        Names = ["csharp", "cs", "c#"],
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        VerbatimStrings = true,
        PreprocessorLines = true,
        Keywords = Words("abstract as async await base break case catch checked class const continue default delegate do else enum event explicit extern finally fixed for foreach goto if implicit in interface internal is lock namespace new operator out override params private protected public readonly record ref required return sealed sizeof stackalloc static struct switch this throw try typeof unchecked unsafe using var virtual void volatile when where while yield init get set value partial scoped file with and or not"),
        Types = Words("bool byte sbyte char decimal double float int uint nint nuint long ulong short ushort object string dynamic Span ReadOnlySpan Memory Vector Vector128 Vector256 Math MathF Array List Dictionary Task Func Action Console"),
        Literals = Words("true false null"),
    };

    public static readonly LanguageDefinition C = new()
    {
        Names = ["c", "h"],
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        PreprocessorLines = true,
        Keywords = Words("auto break case const continue default do else enum extern for goto if inline register restrict return sizeof static struct switch typedef union volatile while"),
        Types = Words("char double float int long short signed unsigned void size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t bool FILE"),
        Literals = Words("NULL true false"),
    };

    public static readonly LanguageDefinition Cpp = C with
    {
        Names = ["cpp", "c++", "cc", "cxx", "hpp", "cuda", "cu"],
        Keywords = Words("auto break case catch class const constexpr consteval continue co_await co_return decltype default delete do else enum explicit export extern for friend goto if inline mutable namespace new noexcept operator private protected public register return sizeof static static_assert static_cast dynamic_cast reinterpret_cast const_cast struct switch template this throw try typedef typename union using virtual volatile while __global__ __device__ __host__ __shared__"),
        Types = Words("char double float int long short signed unsigned void bool size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t std string vector array"),
        Literals = Words("nullptr NULL true false"),
    };

    public static readonly LanguageDefinition JavaScript = new()
    {
        Names = ["javascript", "js", "typescript", "ts", "mjs"],
        LineComments = ["//"],
        BlockComment = ("/*", "*/"),
        StringQuotes = "\"'`",
        Keywords = Words("async await break case catch class const continue debugger default delete do else export extends finally for from function if import in instanceof let new of return static super switch this throw try typeof var void while with yield interface type"),
        Types = Words("Array Object String Number Boolean Promise Map Set Math JSON console document window"),
        Literals = Words("true false null undefined NaN Infinity"),
    };

    public static readonly LanguageDefinition Bash = new()
    {
        Names = ["bash", "sh", "shell", "zsh", "console", "shell-session"],
        LineComments = ["#"],
        ShellSyntax = true,
        Keywords = Words("if then else elif fi for in do done case esac while until function return export local readonly select"),
        Types = Words("echo cd ls cat grep sed awk export source sudo apt apt-get pip pip3 python python3 dotnet git npm make cmake mkdir rm cp mv curl wget chmod tar set unset exit"),
        Literals = Words("true false"),
    };

    public static readonly LanguageDefinition Json = new()
    {
        Names = ["json", "jsonc", "json5"],
        LineComments = ["//"],
        StringQuotes = "\"",
        JsonKeys = true,
        Literals = Words("true false null"),
    };

    public static readonly LanguageDefinition Yaml = new()
    {
        Names = ["yaml", "yml"],
        LineComments = ["#"],
        YamlKeys = true,
        Literals = Words("true false null yes no on off ~"),
    };

    public static readonly LanguageDefinition R = new()
    {
        Names = ["r"],
        LineComments = ["#"],
        Keywords = Words("if else repeat while function for in next break return library"),
        Literals = Words("TRUE FALSE NULL NA Inf NaN"),
    };

    public static readonly LanguageDefinition Sql = new()
    {
        Names = ["sql"],
        LineComments = ["--"],
        BlockComment = ("/*", "*/"),
        CaseInsensitiveWords = true,
        Keywords = Words("select from where group by order having join left right inner outer on as insert into values update set delete create table index view drop alter and or not in is like limit distinct union all case when then else end"),
        Types = Words("int integer bigint varchar text real float double boolean date timestamp count sum avg min max"),
        Literals = Words("null true false"),
    };

    public static IReadOnlyList<LanguageDefinition> All { get; } = [Python, CSharp, C, Cpp, JavaScript, Bash, Json, Yaml, R, Sql];

    private static readonly Dictionary<string, LanguageDefinition> ByName =
        All.SelectMany(l => l.Names.Select(n => (n, l))).ToDictionary(p => p.n, p => p.l, StringComparer.OrdinalIgnoreCase);

    /// <summary>The definition for a fence language, or null (text, output, unknown): shown without highlighting.</summary>
    public static LanguageDefinition? Find(string? name) =>
        name is not null && ByName.TryGetValue(name, out var language) ? language : null;
}
