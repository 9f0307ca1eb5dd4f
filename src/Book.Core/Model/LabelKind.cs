namespace Book.Core.Model;

/// <summary>What a label (<c>#fig-x</c>, <c>#sec-x</c>, …) names. The prefix of the id decides.</summary>
public enum LabelKind
{
    Chapter,
    Section,
    Figure,
    Table,
    Listing,
    Equation,
}
