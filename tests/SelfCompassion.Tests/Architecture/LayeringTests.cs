using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Architecture;

/// <summary>Core knows nothing of the web, and pages reach data only through Core's use cases.</summary>
public class LayeringTests
{
    private static readonly string[] WebNamespaces =
    [
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Builder",
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.WebUtilities", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Antiforgery",
    ];

    [Fact]
    public void Core_does_not_reference_the_web_layer_or_http_types()
    {
        var (assemblies, types) = References(typeof(AppDbContext).Assembly);

        Assert.DoesNotContain("SelfCompassion.Web", assemblies);
        var webTypes = types.Where(t => WebNamespaces.Any(ns => t == ns || t.StartsWith(ns + ".", StringComparison.Ordinal))).ToList();
        Assert.True(webTypes.Count == 0, "Core uses web types: " + string.Join(", ", webTypes));
    }

    [Fact]
    public void The_guard_sees_a_web_type_where_there_is_one()
    {
        // The check above must be able to fail: the web assembly itself is full of them.
        var (_, types) = References(typeof(Program).Assembly);
        Assert.Contains(types, t => t.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal));
    }

    [Fact]
    public void No_page_view_or_component_reaches_the_database_context()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace != "SelfCompassion.Web.Infrastructure")
            .SelectMany(t => DataDependencies(t).Select(d => $"{t.FullName} → {d}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Reaches the database directly: " + string.Join("; ", offenders));
        Assert.NotEmpty(DataDependencies(typeof(PageThatCheats)));
    }

    private static IEnumerable<string> DataDependencies(Type type)
    {
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var used = type.GetConstructors(All).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
            .Concat(type.GetFields(All).Select(f => f.FieldType))
            .Concat(type.GetProperties(All).Select(p => p.PropertyType));
        return used.Where(IsData).Select(t => t.Name).Distinct();
    }

    private static bool IsData(Type type) =>
        typeof(DbContext).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(DbSet<>) || definition == typeof(IDbContextFactory<>)));

    private static (HashSet<string> Assemblies, HashSet<string> Types) References(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToHashSet();
        var types = metadata.TypeReferences.Select(h => metadata.GetTypeReference(h))
            .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}").ToHashSet();
        return (assemblies, types);
    }

    private sealed class PageThatCheats(AppDbContext db) : PageModel
    {
        public int Count => db.ThoughtEntries.Count();
    }
}
