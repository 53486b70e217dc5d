#pragma warning disable CS8981, IDE1006 // Python's names.

namespace Py2Cs.Runtime;

/// <summary>Python's <c>pathlib</c>: <c>Path</c>, which on Linux is a <c>PosixPath</c> (its repr and type name).</summary>
[PyModule("pathlib")]
[PyMissing("only pathlib.Path is implemented", "PurePath", "PurePosixPath", "PureWindowsPath", "WindowsPath", "PosixPath")]
public static class pathlib
{
    /// <summary>
    /// A path held as CPython holds it: an optional root ("/") and its parts, with empty and "." parts
    /// dropped (".." is kept: it is only resolved against the file system). Its text is the parts joined
    /// by "/", "." when there are none.
    /// </summary>
    [PyName("Path")]
    public sealed class PosixPath : PyObject, IPyHashable
    {
        readonly string _root;
        readonly string[] _parts;

        PosixPath(string root, string[] parts)
        {
            _root = root;
            _parts = parts;
        }

        /// <summary><c>Path(*pathsegments)</c>: str or Path segments; an absolute segment starts over.</summary>
        public PosixPath(params object?[] pathsegments)
        {
            var joined = Parse("");
            foreach (var segment in pathsegments) joined = joined.Join(Segment(segment));
            (_root, _parts) = (joined._root, joined._parts);
        }

        static string Segment(object? value) => value switch
        {
            string s => s,
            PosixPath p => p.ToString(),
            _ => throw new TypeError($"expected str, bytes or os.PathLike object, not {Builtins.type_name(value)}"),
        };

        static PosixPath Parse(string text)
        {
            // POSIX keeps exactly two leading slashes ("//host"); one, or three and more, are the root "/".
            string root = text.StartsWith("//", StringComparison.Ordinal) && !text.StartsWith("///", StringComparison.Ordinal) ? "//"
                : text.StartsWith('/') ? "/" : "";
            var parts = text.Split('/').Where(part => part.Length > 0 && part != ".").ToArray();
            return new PosixPath(root, parts);
        }

        PosixPath Join(string segment)
        {
            var other = Parse(segment);
            return other._root.Length > 0 ? other : new PosixPath(_root, [.. _parts, .. other._parts]);
        }

        public override string ToString() =>
            _root.Length == 0 && _parts.Length == 0 ? "." : _root + string.Join('/', _parts);

        public override string __str__() => ToString();

        public override string __repr__() => $"PosixPath({Builtins.repr(ToString())})";

        public string __fspath__() => ToString();

        public string as_posix() => ToString();

        public PosixPath __truediv__(object? key) => Join(Segment(key));

        public PosixPath __rtruediv__(object? key) => new(key, this);

        public PosixPath joinpath(params object?[] pathsegments) => new([this, .. pathsegments]);

        public string name => _parts.Length == 0 ? "" : _parts[^1];

        public string suffix => SuffixStart(name) is int i ? name[i..] : "";

        public PyList<string> suffixes =>
            new(name.EndsWith('.') ? [] : name.TrimStart('.').Split('.').Skip(1).Select(s => "." + s));

        public string stem => SuffixStart(name) is int i ? name[..i] : name;

        /// <summary>Where the suffix starts: the last dot, if it is neither the first nor the last character.</summary>
        static int? SuffixStart(string name)
        {
            int i = name.LastIndexOf('.');
            return i > 0 && i < name.Length - 1 ? i : null;
        }

        public PosixPath parent => _parts.Length == 0 ? this : new PosixPath(_root, _parts[..^1]);

        public PyList<PosixPath> parents
        {
            get
            {
                var list = new PyList<PosixPath>();
                for (int n = _parts.Length - 1; n >= 0; n--) list.append(new PosixPath(_root, _parts[..n]));
                return list;
            }
        }

        public PyTuple parts => new(_root.Length > 0 ? [_root, .. _parts] : _parts.Cast<object?>());

        public string anchor => _root;

        public bool is_absolute() => _root.Length > 0;

        public PosixPath with_name(string name)
        {
            if (this.name.Length == 0) throw new ValueError($"{Builtins.repr(this)} has an empty name");
            if (name.Length == 0 || name.Contains('/') || name == ".") throw new ValueError($"Invalid name {Builtins.repr(name)}");
            return new PosixPath(_root, [.. _parts[..^1], name]);
        }

        public PosixPath with_stem(string stem) => with_name(stem + suffix);

        public PosixPath with_suffix(string suffix)
        {
            if (suffix.Contains('/') || suffix.Length > 0 && (!suffix.StartsWith('.') || suffix == "."))
                throw new ValueError($"Invalid suffix {Builtins.repr(suffix)}");
            if (name.Length == 0) throw new ValueError($"{Builtins.repr(this)} has an empty name");
            return new PosixPath(_root, [.. _parts[..^1], stem + suffix]);
        }

        public PosixPath relative_to(params object?[] other)
        {
            var @base = new PosixPath(other);
            bool under = @base._root == _root && @base._parts.Length <= _parts.Length && @base._parts.SequenceEqual(_parts[..@base._parts.Length]);
            if (!under)
                throw new ValueError($"{Builtins.repr(ToString())} is not in the subpath of {Builtins.repr(@base.ToString())} OR one path is relative and the other is absolute.");
            return new PosixPath("", _parts[@base._parts.Length..]);
        }

        public static PosixPath cwd() => new(Directory.GetCurrentDirectory());

        public static PosixPath home() => new(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

        public PosixPath absolute() => is_absolute() ? this : cwd().Join(ToString());

        /// <summary>The absolute path with ".." and symbolic links resolved (a missing path is fine, as in CPython's non-strict mode).</summary>
        public PosixPath resolve(bool strict = false)
        {
            string full = System.IO.Path.GetFullPath(ToString());
            if (strict && !exists()) throw new FileNotFoundError(2L, "No such file or directory", ToString());
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            return new PosixPath(target?.FullName ?? full);
        }

        public bool exists() => File.Exists(ToString()) || Directory.Exists(ToString());

        public os.stat_result stat() => os.stat(ToString());

        public bool is_file() => File.Exists(ToString());

        public bool is_dir() => Directory.Exists(ToString());

        public void mkdir(long mode = 511, bool parents = false, bool exist_ok = false)
        {
            string path = ToString();
            if (File.Exists(path) || Directory.Exists(path))
            {
                if (exist_ok && Directory.Exists(path)) return;
                throw new FileExistsError(17L, "File exists", path);
            }
            if (!parents && !parent.is_dir()) throw new FileNotFoundError(2L, "No such file or directory", path);
            Directory.CreateDirectory(path);
        }

        public void touch(long mode = 438, bool exist_ok = true)
        {
            string path = ToString();
            if (exists())
            {
                if (!exist_ok) throw new FileExistsError(17L, "File exists", path);
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
                return;
            }
            if (!parent.is_dir()) throw new FileNotFoundError(2L, "No such file or directory", path);
            File.WriteAllBytes(path, []);
        }

        public void unlink(bool missing_ok = false)
        {
            if (missing_ok && !exists()) return;
            os.remove(ToString());
        }

        public void rmdir() => os.rmdir(ToString());

        public PosixPath rename(object? target)
        {
            var to = new PosixPath(target);
            os.rename(ToString(), to.ToString());
            return to;
        }

        /// <summary>Reads through <c>open()</c>, so errors (a missing file, a folder) are open's.</summary>
        public string read_text(string? encoding = null, string? errors = null)
        {
            var file = (io.TextIOWrapper)io.open(ToString(), "r", encoding: encoding, errors: errors);
            try { return file.read(); }
            finally { file.close(); }
        }

        public long write_text(string data, string? encoding = null, string? errors = null, string? newline = null)
        {
            var file = (io.TextIOWrapper)io.open(ToString(), "w", encoding: encoding, errors: errors, newline: newline);
            try { return file.write(data); }
            finally { file.close(); }
        }

        /// <summary>The folder's entries (CPython lists them in the file system's order; here by name, as os.listdir).</summary>
        public IEnumerable<PosixPath> iterdir()
        {
            foreach (string entry in os.listdir(ToString())) yield return Join(entry);
        }

        /// <summary><c>glob(pattern)</c>: <c>*</c>, <c>?</c> and <c>[...]</c> within a name (hidden names
        /// included, as pathlib does), <c>**</c> for this folder and every folder below it.</summary>
        public IEnumerable<PosixPath> glob(string pattern)
        {
            if (pattern.Length == 0) throw new ValueError($"Unacceptable pattern: {Builtins.repr(pattern)}");
            if (pattern.StartsWith('/')) throw new NotImplementedError("Non-relative patterns are unsupported");
            var parts = Parse(pattern)._parts;
            IEnumerable<PosixPath> found = [this];
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];
                bool last = i == parts.Length - 1;
                found = part == "**" ? found.SelectMany(SelfAndFoldersBelow).Distinct()
                    : found.SelectMany(folder => Children(folder, part, foldersOnly: !last));
            }
            return found;
        }

        public IEnumerable<PosixPath> rglob(string pattern) => glob("**/" + pattern);

        static IEnumerable<PosixPath> SelfAndFoldersBelow(PosixPath folder)
        {
            if (!folder.is_dir()) yield break;
            yield return folder;
            foreach (var child in Children(folder, "*", foldersOnly: true))
                foreach (var below in SelfAndFoldersBelow(child)) yield return below;
        }

        static IEnumerable<PosixPath> Children(PosixPath folder, string wildcard, bool foldersOnly)
        {
            if (!folder.is_dir()) return [];
            // CPython's pathlib matches each part with fnmatch's translation.
            var regex = FnmatchModule.Compile(wildcard);
            return os.listdir(folder.ToString()).Where(name => regex.IsMatch(name)).Select(folder.Join)
                .Where(child => !foldersOnly || child.is_dir());
        }

        public bool match(string path_pattern)
        {
            var pattern = Parse(path_pattern);
            if (pattern._parts.Length == 0) throw new ValueError("empty pattern");
            if (pattern._root.Length > 0 && (pattern._root != _root || pattern._parts.Length != _parts.Length)) return false;
            if (pattern._parts.Length > _parts.Length) return false;
            return pattern._parts.Reverse().Zip(_parts.Reverse())
                .All(pair => FnmatchModule.Compile(pair.First).IsMatch(pair.Second));
        }

        // Paths compare and hash by their parts (case-sensitive on POSIX); another kind of value is not comparable.
        string Key => _root + "\0" + string.Join('\0', _parts);

        public object __eq__(object? other) => other is PosixPath p ? Key == p.Key : Builtins.NotImplemented;
        public object __ne__(object? other) => other is PosixPath p ? Key != p.Key : Builtins.NotImplemented;
        public object __lt__(object? other) => other is PosixPath p ? CompareParts(p) < 0 : Builtins.NotImplemented;
        public object __le__(object? other) => other is PosixPath p ? CompareParts(p) <= 0 : Builtins.NotImplemented;
        public object __gt__(object? other) => other is PosixPath p ? CompareParts(p) > 0 : Builtins.NotImplemented;
        public object __ge__(object? other) => other is PosixPath p ? CompareParts(p) >= 0 : Builtins.NotImplemented;

        /// <summary>CPython compares the lists [root, *parts] (the root part only when there is one).</summary>
        int CompareParts(PosixPath other)
        {
            string[] mine = _root.Length > 0 ? [_root, .. _parts] : _parts, theirs = other._root.Length > 0 ? [other._root, .. other._parts] : other._parts;
            for (int i = 0; i < Math.Min(mine.Length, theirs.Length); i++)
                if (string.CompareOrdinal(mine[i], theirs[i]) is int c and not 0) return c;
            return mine.Length.CompareTo(theirs.Length);
        }

        public long __hash__() => PythonHash();

        public long PythonHash() => Py.Hash(Key);

        public override bool Equals(object? obj) => obj is PosixPath p && p.Key == Key;

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
    }
}

public static partial class Builtins
{
    /// <summary><c>open(path)</c> with a <c>pathlib.Path</c>: the path's text, as CPython's os.fspath.</summary>
    public static object open(pathlib.PosixPath file, string mode = "r", long buffering = -1, string? encoding = null, string? errors = null, string? newline = null) =>
        io.open(file.ToString(), mode, buffering, encoding, errors, newline);
}
