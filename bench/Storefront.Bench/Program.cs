using Storefront.Bench;

return args switch
{
    ["serve", var manifest, var url] => await SameBytesServer.RunAsync(manifest, url),
    ["prepare", var database, var stock, var snapshot] => await Inventory.PrepareAsync(database, int.Parse(stock, System.Globalization.CultureInfo.InvariantCulture), snapshot),
    ["purchase", var baseUrl, var shoppers, var seconds, var snapshot, var confirmed] =>
        await PurchaseLoad.RunAsync(new Uri(baseUrl), int.Parse(shoppers, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)), snapshot, confirmed),
    ["invariants", var database, var snapshot, var confirmed] => await Inventory.CheckAsync(database, snapshot, confirmed),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: serve MANIFEST URL | prepare DB STOCK SNAPSHOT | purchase BASEURL SHOPPERS SECONDS SNAPSHOT CONFIRMED | invariants DB SNAPSHOT CONFIRMED");
    return 2;
}
