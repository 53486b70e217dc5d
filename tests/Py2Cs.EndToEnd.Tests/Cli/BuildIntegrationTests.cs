using System.Diagnostics;
using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// The build-integration package (src/Py2Cs.Build) as a user meets it: freshly packed packages in a
/// local folder, a C# project that lists <c>.py</c> files as <c>PythonCompile</c> items, and real
/// <c>dotnet build</c> runs. The sample restores from that folder alone, into its own package cache,
/// so the test needs no network and never sees an older package of the same version.
/// </summary>
[Collection(nameof(PackagingCollection))]
public sealed class BuildIntegrationTests : IDisposable, IClassFixture<BuildIntegrationTests.Packages>
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-build-").FullName;
    readonly string _packages;

    public BuildIntegrationTests(Packages packages) => _packages = packages.Folder;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Py2Cs.Build and Py2Cs.Runtime packed once for the class's tests. Packing Py2Cs.Build
    /// builds it (the test project does not reference it) and publishes the py2cs it carries.</summary>
    public sealed class Packages : IDisposable
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("py2cs-packages-").FullName;

        public Packages()
        {
            var packBuild = PortingWorkflowTests.Dotnet(RepoPaths.Root, "pack", "src/Py2Cs.Build", "-c", Configuration, "-o", Folder);
            Assert.True(packBuild.ExitCode == 0, packBuild.Output);
            var packRuntime = PortingWorkflowTests.Dotnet(RepoPaths.Root, "pack", "src/Py2Cs.Runtime", "-c", Configuration, "--no-build", "-o", Folder);
            Assert.True(packRuntime.ExitCode == 0, packRuntime.Output);
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    string At(string relative) => Path.Combine(_dir, "sample", relative);

    static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    // Recorded with CPython 3.11: `python3 greeter.py world`, then `python3 order_book.py`.
    const string GreeterPy = "import sys\nprint('hello', sys.argv[1])\n";
    const string OrderBookPy =
        "import asyncio\n\nasync def fill(name, delay):\n    await asyncio.sleep(delay)\n    return f'{name} filled'\n\n" +
        "async def main():\n    results = await asyncio.gather(fill('b', 0.02), fill('a', 0.01))\n    print(results, 2 ** 70)\n\nasyncio.run(main())\n";
    const string GreeterOut = "hello world\n";
    const string OrderBookOut = "['b filled', 'a filled'] 1180591620717411303424\n";

    [Fact]
    public void A_project_translates_its_python_files_at_build_time_only_when_they_change()
    {
        WriteSample(_packages);
        File.WriteAllText(At("Program.cs"), "Console.WriteLine(\"C# first\");\nGreeter.Main([\"world\"]);\nreturn OrderBook.Main([]);\n");

        var first = Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Equal(["scripts/greeter.py", "scripts/order_book.py"], Translated(first.Output));
        var run = Run("Sample.dll");
        Assert.Equal((0, "C# first\n" + GreeterOut + OrderBookOut), (run.ExitCode, run.Output));

        string greeterCs = At("obj/Debug/net10.0/py2cs/greeter.cs"), orderBookCs = At("obj/Debug/net10.0/py2cs/order_book.cs");
        DateTime greeterTime = File.GetLastWriteTimeUtc(greeterCs), orderBookTime = File.GetLastWriteTimeUtc(orderBookCs);
        var second = Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Empty(Translated(second.Output));
        Assert.Equal((greeterTime, orderBookTime), (File.GetLastWriteTimeUtc(greeterCs), File.GetLastWriteTimeUtc(orderBookCs)));

        File.SetLastWriteTimeUtc(At("scripts/greeter.py"), DateTime.UtcNow);
        var touched = Build();
        Assert.True(touched.ExitCode == 0, touched.Output);
        Assert.Equal(["scripts/greeter.py"], Translated(touched.Output));
        Assert.Equal(orderBookTime, File.GetLastWriteTimeUtc(orderBookCs));

        File.WriteAllText(At("scripts/broken.py"), "import asyncio\n\nasync def main(:\n    pass\n");
        var broken = Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("scripts/broken.py(3,16): error PYCS0001: ", broken.Output);
        Assert.Contains("error : py2cs could not translate scripts/broken.py", broken.Output);
        File.Delete(At("scripts/broken.py"));

        var clean = Dotnet(At(""), "clean");
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.False(File.Exists(greeterCs) || File.Exists(orderBookCs));
    }

    [Fact]
    public void A_python_file_marked_EntryPoint_is_the_program()
    {
        WriteSample(_packages, entryPoint: "scripts/order_book.py");
        File.AppendAllText(At("scripts/order_book.py"), "raise SystemExit(3)\n");

        var build = Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal((3, OrderBookOut), Run("Sample.dll"));
    }

    void WriteSample(string packages, string? entryPoint = null)
    {
        Directory.CreateDirectory(At("scripts"));
        File.WriteAllText(At("scripts/greeter.py"), GreeterPy);
        File.WriteAllText(At("scripts/order_book.py"), OrderBookPy);
        File.WriteAllText(At("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="py2cs" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        string items = entryPoint is null
            ? "<PythonCompile Include=\"scripts/*.py\" />"
            : $"<PythonCompile Include=\"scripts/*.py\" Exclude=\"{entryPoint}\" />\n    <PythonCompile Include=\"{entryPoint}\" EntryPoint=\"true\" />";
        // What `dotnet new console` writes, warnings as errors included: the translated code must not disturb it.
        File.WriteAllText(At("Sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Py2Cs.Build" Version="0.1.0" />
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>The .py files the build translated, from the line the targets log for each.</summary>
    static string[] Translated(string buildOutput) =>
        buildOutput.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("py2cs: ", StringComparison.Ordinal))
            .Select(line => line["py2cs: ".Length..line.IndexOf(" -> ", StringComparison.Ordinal)]).Order(StringComparer.Ordinal).ToArray();

    // No build servers: they would outlive the test and hold its temporary folder.
    (int ExitCode, string Output) Build() => Dotnet(At(""), "build", "--disable-build-servers", "-nodeReuse:false", "-tl:off");

    (int ExitCode, string Output) Run(string assembly) => Dotnet(At("bin/Debug/net10.0"), assembly);

    (int ExitCode, string Output) Dotnet(string folder, params string[] args)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        // The sample's own package cache: a package packed by an earlier run under the same version is never reused.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_dir, "nuget-cache") };
        return PortingWorkflowTests.Tool(host, folder, environment, args);
    }
}
