namespace Book.Grader.Runner;

public static class Program
{
    public static int Main() => 0;
}
