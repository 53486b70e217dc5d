namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>Skip reasons for tests written against behaviour another branch delivers. Each use is a
/// test that must be unskipped (delete the <c>Skip = ...</c>) when that branch is merged.</summary>
static class Pending
{
    public const string FrontEnd = "front end not merged yet";
}
