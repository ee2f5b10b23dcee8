using System.Collections;
using System.Runtime.CompilerServices;

namespace IdCyclus.Workflows;

/// <summary>
/// An immutable list that compares by its elements, so the definition records built from it compare by value
/// (a definition read twice from the same JSON is <c>Equals</c> to itself). Build one with a collection expression:
/// <c>NaStappen = ["a", "b"]</c>.
/// </summary>
/// <typeparam name="T">The element type; its own <c>Equals</c> decides element equality.</typeparam>
[CollectionBuilder(typeof(WaardeLijst), nameof(WaardeLijst.Maak))]
public sealed class WaardeLijst<T> : IReadOnlyList<T>, IEquatable<WaardeLijst<T>>
{
    private readonly T[] elementen;

    internal WaardeLijst(T[] elementen) => this.elementen = elementen;

    /// <summary>The empty list.</summary>
    public static WaardeLijst<T> Leeg { get; } = new([]);

    /// <inheritdoc />
    public int Count => elementen.Length;

    /// <inheritdoc />
    public T this[int index] => elementen[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)elementen).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(WaardeLijst<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || elementen.AsSpan().SequenceEqual(other.elementen, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WaardeLijst<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var element in elementen)
        {
            hash.Add(element);
        }

        return hash.ToHashCode();
    }

    /// <summary>The elements, comma-separated, in brackets (for test output and debugging).</summary>
    public override string ToString() => "[" + string.Join(", ", elementen) + "]";
}

/// <summary>Creates <see cref="WaardeLijst{T}"/> instances (also the builder behind collection expressions).</summary>
public static class WaardeLijst
{
    /// <summary>A list holding a copy of <paramref name="elementen"/>.</summary>
    public static WaardeLijst<T> Maak<T>(ReadOnlySpan<T> elementen) => elementen.IsEmpty ? WaardeLijst<T>.Leeg : new(elementen.ToArray());

    /// <summary>A list holding the elements of <paramref name="elementen"/>, in order.</summary>
    public static WaardeLijst<T> Van<T>(IEnumerable<T> elementen)
    {
        var array = elementen.ToArray();
        return array.Length == 0 ? WaardeLijst<T>.Leeg : new(array);
    }
}
