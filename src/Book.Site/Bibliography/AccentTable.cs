namespace Book.Site.Bibliography;

/// <summary>
/// Precomposed Latin letters for LaTeX accents. The build runs with InvariantGlobalization, where
/// <see cref="string.Normalize()"/> does not compose "o" + U+0308 into "ö", so the table is ours
/// (generated from Unicode's canonical compositions for the ASCII letters).
/// </summary>
internal static class AccentTable
{
    // Per combining mark: pairs of (base letter, composed letter).
    private static readonly Dictionary<char, string> Pairs = new()
    {
        ['\u0308'] = "AÄaäEËeëHḦhḧIÏiïOÖoötẗUÜuüWẄwẅXẌxẍYŸyÿ",
        ['\u0301'] = "AÁaáCĆcćEÉeéGǴgǵIÍiíKḰkḱLĹlĺMḾmḿNŃnńOÓoóPṔpṕRŔrŕSŚsśUÚuúWẂwẃYÝyýZŹzź",
        ['\u0300'] = "AÀaàEÈeèIÌiìNǸnǹOÒoòUÙuùWẀwẁYỲyỳ",
        ['\u0302'] = "AÂaâCĈcĉEÊeêGĜgĝHĤhĥIÎiîJĴjĵOÔoôSŜsŝUÛuûWŴwŵYŶyŷZẐzẑ",
        ['\u0303'] = "AÃaãEẼeẽIĨiĩNÑnñOÕoõUŨuũVṼvṽYỸyỹ",
        ['\u0304'] = "AĀaāEĒeēGḠgḡIĪiīOŌoōUŪuūYȲyȳ",
        ['\u0307'] = "AȦaȧBḂbḃCĊcċDḊdḋEĖeėFḞfḟGĠgġHḢhḣIİMṀmṁNṄnṅOȮoȯPṖpṗRṘrṙSṠsṡTṪtṫWẆwẇXẊxẋYẎyẏZŻzż",
        ['\u0306'] = "AĂaăEĔeĕGĞgğIĬiĭOŎoŏUŬuŭ",
        ['\u030C'] = "AǍaǎCČcčDĎdďEĚeěGǦgǧHȞhȟIǏiǐjǰKǨkǩLĽlľNŇnňOǑoǒRŘrřSŠsšTŤtťUǓuǔZŽzž",
        ['\u030B'] = "OŐoőUŰuű",
        ['\u0327'] = "CÇcçDḐdḑEȨeȩGĢgģHḨhḩKĶkķLĻlļNŅnņRŖrŗSŞsşTŢtţ",
        ['\u0328'] = "AĄaąEĘeęIĮiįOǪoǫUŲuų",
        ['\u030A'] = "AÅaåUŮuůwẘyẙ",
        ['\u0323'] = "AẠaạBḄbḅDḌdḍEẸeẹHḤhḥIỊiịKḲkḳLḶlḷMṂmṃNṆnṇOỌoọRṚrṛSṢsṣTṬtṭUỤuụVṾvṿWẈwẉYỴyỵZẒzẓ",
        ['\u0331'] = "BḆbḇDḎdḏhẖKḴkḵLḺlḻNṈnṉRṞrṟTṮtṯZẔzẕ",
    };

    /// <summary>The composed letter, or the base followed by the combining mark when Unicode has none.</summary>
    public static string Compose(char letter, char mark)
    {
        if (Pairs.TryGetValue(mark, out var pairs))
        {
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                if (pairs[i] == letter)
                {
                    return pairs[i + 1].ToString();
                }
            }
        }

        return string.Concat(letter, mark);
    }
}
