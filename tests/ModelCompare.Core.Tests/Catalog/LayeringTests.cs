using System.Reflection;
using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Catalog;

/// <summary>
/// Data flows one way: the catalog is what the comparison rules read, so no catalog type holds, takes or returns a
/// type of the rules (the figures the rules derive from a snapshot live beside it, in the comparison's own view).
/// </summary>
public sealed class LayeringTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_catalog_type_names_a_comparison_type()
    {
        var named =
            from type in typeof(CatalogSnapshot).Assembly.GetTypes()
            where type.Namespace == typeof(CatalogSnapshot).Namespace
            from member in type.GetMembers(Declared)
            from used in TypesIn(member)
            where used.Namespace == "ModelCompare.Comparison"
            select $"{type.Name}.{member.Name} uses {used.Name}";

        Assert.Empty(named);
    }

    [Fact]
    public void The_check_sees_a_comparison_type_in_a_signature()
    {
        var view = typeof(ComparisonEngine).GetProperty(nameof(ComparisonEngine.View))!;

        Assert.Contains(typeof(SnapshotView), TypesIn(view));
        Assert.Contains(typeof(Model), TypesIn(typeof(CatalogSnapshot).GetProperty(nameof(CatalogSnapshot.Models))!));
    }

    /// <summary>The types a member's signature names: a field's or property's type, a method's parameters and result, with their type arguments.</summary>
    private static IEnumerable<Type> TypesIn(MemberInfo member) => member switch
    {
        FieldInfo field => Expand(field.FieldType),
        PropertyInfo property => Expand(property.PropertyType),
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType).SelectMany(Expand),
        ConstructorInfo constructor => constructor.GetParameters().SelectMany(p => Expand(p.ParameterType)),
        _ => [],
    };

    private static IEnumerable<Type> Expand(Type type) =>
        type.HasElementType ? Expand(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Prepend(type)
        : [type];
}
