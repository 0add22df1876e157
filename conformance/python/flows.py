"""The conformance flows through the official Python SDK (`stripe` from PyPI), unpatched.

Configured the documented way: StripeClient(key, base_addresses={"api": URL}),
per-request options {"stripe_account": ..., "idempotency_key": ...}, and parameters the
SDK's types do not know (reference_transaction) passed in the params dict, which is the
SDK's extra-parameters mechanism. The flows and their order are cases/flows.json; the
error cases are cases/errors.json, shared with the Node and Rust clients.

Environment: DEBITSIM_URL (the simulator, or the recording proxy in front of it),
CONFORMANCE_RESULTS (where to write the JSON result), CONFORMANCE_RUN_ID (key suffix).
"""

import http.server
import json
import re
import os
import secrets
import sys
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

import stripe

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "cases")
BASE = os.environ.get("DEBITSIM_URL", "http://127.0.0.1:12111").rstrip("/")
RUN_ID = os.environ.get("CONFORMANCE_RUN_ID") or secrets.token_hex(6)
PLATFORM = "acct_1SimPlatform00US"
FIXTURES = {"$nobank": "acct_1SimCustomUSNoBk", "$gb": "acct_1SimExpressGB001", "$jp": "acct_1SimCustomJP0001",
            "$ca": "acct_1SimCustomCA0001"}
DAY = 86400

ERROR_CLASSES = {
    "invalid_request": stripe.InvalidRequestError,
    "permission": stripe.PermissionError,
    "authentication": stripe.AuthenticationError,
    "card": stripe.CardError,
    "idempotency": stripe.IdempotencyError,
}


class Skip(Exception):
    """An earlier flow that this one builds on did not produce what it needs."""


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def eq(actual, expected, what):
    if actual != expected:
        raise AssertionError(f"{what}: expected {expected!r}, got {actual!r}")


def starts(value, prefix, what):
    if not (isinstance(value, str) and value.startswith(prefix)):
        raise AssertionError(f"{what}: expected an id starting {prefix!r}, got {value!r}")


def id_of(value):
    """An expandable field as an id, whether the server sent the id or the object."""
    if isinstance(value, str) or value is None:
        return value
    return value.get("id") if isinstance(value, dict) else getattr(value, "id", None)


def fee(amount):
    """Stripe's card fee in the simulator: 2.9 % rounded half-up, plus 30 minor units."""
    return (amount * 29 + 500) // 1000 + 30


def client(key):
    # No retries: each SDK call is exactly one request on the wire, so the recorded
    # bodies map one-to-one to what the flows saw.
    return stripe.StripeClient(key, base_addresses={"api": BASE}, max_network_retries=0)


class Ctx:
    """What the flows learn and hand to later flows (ids, snapshots)."""

    def __init__(self):
        self.suffix = f"conf_py_{RUN_ID}"
        self.key = f"sk_test_{self.suffix}"
        self.sk = client(self.key)
        self.values = {"$platform": PLATFORM, **FIXTURES}

    def __getitem__(self, name):
        if name not in self.values:
            raise Skip(f"needs {name}, which an earlier flow did not produce")
        return self.values[name]

    def __setitem__(self, name, value):
        self.values[name] = value

    def opts(self, account=None, **more):
        return dict({"stripe_account": self[account]} if account else {}, **more)

    def balance(self, account=None):
        """The usd buckets of the platform (account=None) or of a connected account."""
        b = self.sk.v1.balance.retrieve(options=self.opts(account)).to_dict()

        def usd(name):
            return sum(e["amount"] for e in b.get(name) or [] if e["currency"] == "usd")
        return {"available": usd("available"), "pending": usd("pending"), "reserved": usd("connect_reserved")}

    def bt_ids(self, account=None, limit=100):
        page = self.sk.v1.balance_transactions.list({"limit": limit}, self.opts(account))
        return [bt.id for bt in page.auto_paging_iter()]

    def sim(self, path, **form):
        """Simulator control (not Stripe's API, so plain HTTP rather than the SDK)."""
        req = urllib.request.Request(BASE + path, data=urllib.parse.urlencode(form).encode(),
                                     headers={"Authorization": f"Bearer {self.key}"}, method="POST")
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read() or b"{}")


# ---------------------------------------------------------------------------- flows

def platform_account(ctx):
    acct = ctx.sk.v1.accounts.retrieve_current()
    check(isinstance(acct, stripe.Account), f"GET /v1/account gave {type(acct).__name__}, not stripe.Account")
    eq(acct.id, PLATFORM, "platform id")
    eq(acct.country, "US", "platform country")
    eq(acct.default_currency, "usd", "platform default_currency")
    same = ctx.sk.v1.accounts.retrieve(PLATFORM)
    eq(same.id, PLATFORM, "GET /v1/accounts/{platform} id")


CONTROLLER = {  # debit-rules section 1
    "standard": {"losses": "stripe", "requirement_collection": "stripe", "fees": "account", "dashboard": "full"},
    "express": {"losses": "application", "requirement_collection": "stripe", "fees": "application_express", "dashboard": "express"},
    "custom": {"losses": "application", "requirement_collection": "application", "fees": "application_custom", "dashboard": "none"},
}


def check_account(acct, kind, what):
    d = acct.to_dict()
    starts(d["id"], "acct_", f"{what} id")
    eq(d.get("type"), kind, f"{what} type")
    eq(d.get("country"), "US", f"{what} country")
    eq(d.get("default_currency"), "usd", f"{what} default_currency")
    c, want = d.get("controller") or {}, CONTROLLER[kind]
    eq((c.get("losses") or {}).get("payments"), want["losses"], f"{what} controller.losses.payments")
    eq(c.get("requirement_collection"), want["requirement_collection"], f"{what} controller.requirement_collection")
    eq((c.get("fees") or {}).get("payer"), want["fees"], f"{what} controller.fees.payer")
    eq((c.get("stripe_dashboard") or {}).get("type"), want["dashboard"], f"{what} controller.stripe_dashboard.type")
    banks = [(b.get("object"), b.get("country"), b.get("currency"))
             for b in (d.get("external_accounts") or {}).get("data", [])]
    check(("bank_account", "US", "usd") in banks, f"{what}: no US usd bank_account in external_accounts: {banks}")
    return d


def create_accounts(ctx):
    accounts = ctx.sk.v1.accounts
    express = accounts.create({
        "type": "express", "country": "US", "default_currency": "usd", "email": f"express-{RUN_ID}@example.com",
        "capabilities": {"transfers": {"requested": True}}, "external_account": "btok_us",
        "settings": {"payouts": {"schedule": {"interval": "manual"}}}, "metadata": {"conformance": "python"}})
    d = check_account(express, "express", "express")
    eq(d.get("metadata"), {"conformance": "python"}, "express metadata")
    eq(d["settings"]["payouts"]["schedule"]["interval"], "manual", "express payout schedule")
    ctx["$express"] = express.id

    custom = accounts.create({
        "type": "custom", "country": "US", "default_currency": "usd",
        "capabilities": {"transfers": {"requested": True}},
        "settings": {"payouts": {"debit_negative_balances": True, "schedule": {"interval": "manual"}}},
        "external_account": {"object": "bank_account", "country": "US", "currency": "usd",
                             "account_number": "000123456789", "routing_number": "110000000"}})
    d = check_account(custom, "custom", "custom")
    eq(d["settings"]["payouts"]["debit_negative_balances"], True, "custom debit_negative_balances")
    ctx["$custom"] = custom.id

    # The flows pay out from the standard account by API, which needs a manual schedule.
    standard = accounts.create({"type": "standard", "country": "US", "default_currency": "usd",
                                "email": f"standard-{RUN_ID}@example.com", "external_account": "btok_us",
                                "settings": {"payouts": {"schedule": {"interval": "manual"}}}})
    check_account(standard, "standard", "standard")
    ctx["$standard"] = standard.id

    managed = accounts.create({
        "country": "US", "default_currency": "usd", "external_account": "btok_us",
        "controller": {"losses": {"payments": "stripe"}, "fees": {"payer": "account"},
                       "stripe_dashboard": {"type": "full"}, "requirement_collection": "stripe"}})
    c = managed.to_dict().get("controller") or {}
    eq((c.get("losses") or {}).get("payments"), "stripe", "controller-only account losses.payments")
    eq((c.get("fees") or {}).get("payer"), "account", "controller-only account fees.payer")
    ctx["$managed"] = managed.id

    # An account in another world: unknown to this key's platform (debit-rules section 1).
    other = client(f"sk_test_conf_py2_{RUN_ID}").v1.accounts.create(
        {"type": "express", "country": "US", "default_currency": "usd"})
    starts(other.id, "acct_", "other-world account id")
    ctx["$other_world"] = other.id
    ids = [ctx[k] for k in ("$express", "$custom", "$standard", "$managed", "$other_world")]
    eq(len(set(ids)), len(ids), "new account ids are distinct")


def fund_accounts(ctx):
    sk = ctx.sk
    p0 = ctx.balance()
    ch = sk.v1.charges.create({"amount": 100000, "currency": "usd", "source": "tok_bypassPending",
                               "description": "conformance platform funding"})
    check(isinstance(ch, stripe.Charge), "charge create gave no stripe.Charge")
    starts(ch.id, "ch_", "platform charge id")
    eq((ch.status, ch.paid, ch.captured, ch.amount, ch.currency), ("succeeded", True, True, 100000, "usd"),
       "platform charge status, paid, captured, amount, currency")
    bt = sk.v1.balance_transactions.retrieve(id_of(ch.balance_transaction)).to_dict()
    eq((bt["type"], bt["amount"], bt["fee"], bt["net"], bt["status"]),
       ("charge", 100000, fee(100000), 100000 - fee(100000), "available"),
       "tok_bypassPending balance transaction (type, amount, fee, net, status)")
    eq([(f["type"], f["amount"]) for f in bt["fee_details"]], [("stripe_fee", fee(100000))], "fee_details")
    p1 = ctx.balance()
    eq(p1["available"] - p0["available"], 100000 - fee(100000), "platform available after the charge")
    eq(p1["pending"], p0["pending"], "platform pending after a tok_bypassPending charge")
    ctx["$platform_charge"] = ch.id

    for name, amount in (("$express", 20000), ("$custom", 10000)):
        tr = sk.v1.transfers.create({"amount": amount, "currency": "usd", "destination": ctx[name]})
        starts(tr.id, "tr_", f"transfer to {name}")
        eq(id_of(tr.destination), ctx[name], f"transfer to {name}: destination")
        starts(id_of(tr.destination_payment), "py_", f"transfer to {name}: destination_payment")
        eq(ctx.balance(name)["available"], amount, f"{name} available after its funding transfer")
        ctx[name + "_funding"] = tr.id
    p2 = ctx.balance()
    eq(p1["available"] - p2["available"], 30000, "platform available after funding two accounts")

    # Direct charges: the Stripe-Account option makes the charge on the connected account.
    for name, amount, key in (("$standard", 10000, "$std_charge"), ("$custom", 3000, "$custom_charge")):
        before = ctx.balance(name)["available"]
        dc = sk.v1.charges.create({"amount": amount, "currency": "usd", "source": "tok_bypassPending"},
                                  ctx.opts(name))
        starts(dc.id, "ch_", f"direct charge on {name}")
        eq(ctx.balance(name)["available"] - before, amount - fee(amount), f"{name} available after a direct charge")
        ctx[key] = dc.id
    eq(ctx.balance(), p2, "platform balance after direct charges on connected accounts")

    before = ctx.balance("$standard")["available"]
    po = sk.v1.payouts.create({"amount": 1000, "currency": "usd"}, ctx.opts("$standard"))
    check(isinstance(po, stripe.Payout), "payout create gave no stripe.Payout")
    starts(po.id, "po_", "payout on standard")
    eq((po.amount, po.currency), (1000, "usd"), "payout amount, currency")
    eq(before - ctx.balance("$standard")["available"], 1000, "standard available after its payout")
    ctx["$std_payout"] = po.id


def pending_funds_clock(ctx):
    sk = ctx.sk
    p0 = ctx.balance()
    ch = sk.v1.charges.create({"amount": 2000, "currency": "usd", "source": "tok_visa"})
    bt = sk.v1.balance_transactions.retrieve(id_of(ch.balance_transaction))
    eq(bt.status, "pending", "tok_visa balance transaction status")
    eq(bt.available_on, bt.created - bt.created % DAY + 2 * DAY, "tok_visa available_on: midnight UTC two days after the charge's day")
    p1 = ctx.balance()
    eq(p1["pending"] - p0["pending"], 2000 - fee(2000), "platform pending after a tok_visa charge")
    eq(p1["available"], p0["available"], "platform available after a tok_visa charge")
    ctx.sim("/_sim/clock/advance", days=2)
    eq(sk.v1.balance_transactions.retrieve(bt.id).status, "available", "status after 2 simulated days")
    p2 = ctx.balance()
    moved = p2["available"] - p1["available"]
    eq(moved, p1["pending"] - p2["pending"], "what left pending is what reached available")
    check(moved >= 2000 - fee(2000), f"at least the charge's net became available (moved {moved})")


def debit_by_charge(ctx):
    sk = ctx.sk
    p0, e0 = ctx.balance(), ctx.balance("$express")
    py = sk.v1.charges.create({"amount": 1500, "currency": "usd", "source": ctx["$express"]})
    check(isinstance(py, stripe.Charge), f"flow A gave {type(py).__name__}, not stripe.Charge")
    check(isinstance(py.source, stripe.Account), f"source is {type(py.source).__name__}, not stripe.Account")
    d = py.to_dict()
    starts(d["id"], "py_", "flow A result id")
    eq((d["object"], d["status"], d["paid"], d["amount"], d["currency"]),
       ("charge", "succeeded", True, 1500, "usd"), "flow A object, status, paid, amount, currency")
    eq((d["source"]["object"], d["source"]["id"]), ("account", ctx["$express"]), "flow A source")
    eq(d.get("payment_method_details"), {"type": "stripe_account", "stripe_account": {}}, "payment_method_details")
    tr_id = id_of(d.get("source_transfer"))
    starts(tr_id, "tr_", "flow A source_transfer")
    bt = sk.v1.balance_transactions.retrieve(id_of(d["balance_transaction"])).to_dict()
    eq((bt["type"], bt["amount"], bt["fee"], bt["net"], bt["status"]), ("payment", 1500, 0, 1500, "available"),
       "platform balance transaction of the Payment")
    p1, e1 = ctx.balance(), ctx.balance("$express")
    eq(p1["available"] - p0["available"], 1500, "platform available after flow A")
    eq(e0["available"] - e1["available"], 1500, "express available after flow A")
    newest = sk.v1.balance_transactions.list({"limit": 1}, ctx.opts("$express")).data[0].to_dict()
    eq((newest["type"], newest["amount"], id_of(newest["source"])), ("transfer", -1500, tr_id),
       "express's newest balance transaction (type, amount, source)")
    tr = sk.v1.transfers.retrieve(tr_id, options=ctx.opts("$express"))
    eq((id_of(tr.destination), id_of(tr.destination_payment)), (PLATFORM, d["id"]),
       "the connected account's transfer: destination and destination_payment")


def debit_by_transfer(ctx):
    sk = ctx.sk
    p0, c0 = ctx.balance(), ctx.balance("$custom")
    tr = sk.v1.transfers.create({"amount": 1200, "currency": "usd", "destination": PLATFORM}, ctx.opts("$custom"))
    check(isinstance(tr, stripe.Transfer), "flow B gave no stripe.Transfer")
    starts(tr.id, "tr_", "flow B transfer id")
    eq((tr.amount, tr.currency, id_of(tr.destination)), (1200, "usd", PLATFORM), "flow B amount, currency, destination")
    py_id = id_of(tr.destination_payment)
    starts(py_id, "py_", "flow B destination_payment")
    py = sk.v1.charges.retrieve(py_id)
    eq((py.amount, id_of(py.source_transfer)), (1200, tr.id), "the platform's Payment: amount, source_transfer")
    bt = sk.v1.balance_transactions.retrieve(id_of(py.balance_transaction))
    eq((bt.type, bt.amount, bt.fee, bt.status), ("payment", 1200, 0, "available"), "the Payment's balance transaction")
    p1, c1 = ctx.balance(), ctx.balance("$custom")
    eq(p1["available"] - p0["available"], 1200, "platform available after flow B")
    eq(c0["available"] - c1["available"], 1200, "custom available after flow B")


def managed_debit(ctx, reference, amount):
    return ctx.sk.v1.transfers.create(
        {"amount": amount, "currency": "usd", "destination": PLATFORM, "reference_transaction": reference},
        ctx.opts("$standard"))


def managed_debit_charge_ref(ctx):
    p0, s0 = ctx.balance(), ctx.balance("$standard")
    tr = managed_debit(ctx, {"type": "charge", "charge": ctx["$std_charge"]}, 500)
    starts(tr.id, "tr_", "Stripe-managed debit id")
    eq(id_of(tr.destination), PLATFORM, "Stripe-managed debit destination")
    starts(id_of(tr.destination_payment), "py_", "Stripe-managed debit destination_payment")
    p1, s1 = ctx.balance(), ctx.balance("$standard")
    eq(p1["available"] - p0["available"], 500, "platform available after the debit")
    eq(s0["available"] - s1["available"], 500, "standard available after the debit")
    eq(p1["reserved"], p0["reserved"], "platform connect_reserved (standard stayed positive)")


def managed_debit_payout_ref(ctx):
    p0, s0 = ctx.balance(), ctx.balance("$standard")
    check(s0["available"] > 0, f"standard should still be positive here, has {s0['available']}")
    amount = s0["available"] + 400
    tr = managed_debit(ctx, {"type": "payout", "payout": ctx["$std_payout"]}, amount)
    starts(tr.id, "tr_", "Stripe-managed debit (payout reference) id")
    starts(id_of(tr.destination_payment), "py_", "destination_payment")
    p1, s1 = ctx.balance(), ctx.balance("$standard")
    eq(s1["available"], -400, "standard available after debiting 400 beyond it")
    eq(p1["reserved"] - p0["reserved"], 400, "platform connect_reserved grows by the shortfall")
    eq(p1["available"] - p0["available"], amount - 400, "platform available: the payment less the reserve")
    recent = [bt.to_dict() for bt in ctx.sk.v1.balance_transactions.list({"limit": 5}).data]
    check(any(bt["type"] == "reserve_transaction" and bt["amount"] == -400 for bt in recent),
          f"a reserve_transaction of -400 among the platform's newest: {[(b['type'], b['amount']) for b in recent]}")


def negative_balance_reserve(ctx):
    p0, c0 = ctx.balance(), ctx.balance("$custom")
    amount = c0["available"] + 250
    py = ctx.sk.v1.charges.create({"amount": amount, "currency": "usd", "source": ctx["$custom"]})
    starts(py.id, "py_", "flow A beyond the balance")
    p1, c1 = ctx.balance(), ctx.balance("$custom")
    eq(c1["available"], -250, "custom available after debiting 250 beyond it")
    eq(p1["reserved"] - p0["reserved"], 250, "platform connect_reserved grows by custom's negative balance")
    eq(p1["available"] - p0["available"], amount - 250, "platform available: the payment less the reserve")


def refund_and_reversal(ctx):
    sk = ctx.sk
    p0 = ctx.balance()
    re = sk.v1.refunds.create({"charge": ctx["$platform_charge"], "amount": 500})
    check(isinstance(re, stripe.Refund), "refund create gave no stripe.Refund")
    starts(re.id, "re_", "refund id")
    eq((re.amount, id_of(re.charge), re.status), (500, ctx["$platform_charge"], "succeeded"), "refund amount, charge, status")
    eq(sk.v1.charges.retrieve(ctx["$platform_charge"]).amount_refunded, 500, "charge amount_refunded")
    p1, e0 = ctx.balance(), ctx.balance("$express")
    eq(p0["available"] - p1["available"], 500, "platform available after the refund")

    trr = sk.v1.transfers.reversals.create(ctx["$express_funding"], {"amount": 1000})
    check(isinstance(trr, stripe.TransferReversal), f"reversal create gave {type(trr).__name__}")
    starts(trr.id, "trr_", "reversal id")
    eq((trr.amount, id_of(trr.transfer)), (1000, ctx["$express_funding"]), "reversal amount, transfer")
    tr = sk.v1.transfers.retrieve(ctx["$express_funding"])
    eq((tr.amount_reversed, tr.reversed), (1000, False), "transfer amount_reversed, reversed")
    p2, e1 = ctx.balance(), ctx.balance("$express")
    eq(p2["available"] - p1["available"], 1000, "platform available after the reversal")
    eq(e0["available"] - e1["available"], 1000, "express available after the reversal")


def retrieve_accounts(ctx):
    sk = ctx.sk
    a = sk.v1.accounts.retrieve(ctx["$express"])
    eq((a.object, a.id, a.type), ("account", ctx["$express"], "express"), "GET /v1/accounts/{express}")
    eq(sk.v1.accounts.retrieve(PLATFORM).id, PLATFORM, "GET /v1/accounts/{platform}")
    eq(sk.v1.accounts.retrieve_current(options=ctx.opts("$express")).id, ctx["$express"],
       "GET /v1/account with Stripe-Account")
    rk = client(f"rk_test_{ctx.suffix}")
    eq(rk.v1.balance.retrieve().to_dict(), sk.v1.balance.retrieve().to_dict(), "balance read with the rk_test_ key")


def balance_and_paging(ctx):
    sk = ctx.sk
    b = sk.v1.balance.retrieve()
    check(isinstance(b, stripe.Balance), "GET /v1/balance gave no stripe.Balance")
    check(any(e.currency == "usd" for e in b.available), "platform balance has a usd available entry")
    for account, limit in (("$express", 2), (None, 10)):
        opts = ctx.opts(account)
        by_hand, page = [], sk.v1.balance_transactions.list({"limit": limit}, opts)
        while True:
            check(len(page.data) <= limit, f"page of {len(page.data)} with limit={limit}")
            by_hand += [bt.to_dict() for bt in page.data]
            if not page.has_more or len(by_hand) > 2000:
                break
            page = sk.v1.balance_transactions.list({"limit": limit, "starting_after": by_hand[-1]["id"]}, opts)
        ids = [bt["id"] for bt in by_hand]
        who = account or "platform"
        check(len(ids) > limit, f"{who}: {len(ids)} balance transactions, not enough to page with limit={limit}")
        eq(len(set(ids)), len(ids), f"{who}: duplicate ids while paging by hand")
        created = [bt["created"] for bt in by_hand]
        eq(created, sorted(created, reverse=True), f"{who}: newest first")
        auto = [bt.id for bt in sk.v1.balance_transactions.list({"limit": limit}, opts).auto_paging_iter()]
        eq(auto, ids, f"{who}: auto_paging_iter vs paging by hand")
        back = sk.v1.balance_transactions.list({"limit": 2, "ending_before": ids[-1]}, opts)
        eq([bt.id for bt in back.data], ids[-3:-1], f"{who}: ending_before the oldest")
        if account == "$express":
            bal = ctx.balance(account)
            for status, bucket in (("available", "available"), ("pending", "pending")):
                total = sum(bt["net"] for bt in by_hand if bt["status"] == status and bt["currency"] == "usd")
                eq(total, bal[bucket], f"express {bucket} = the sum of its {status} balance transactions")


def events(ctx):
    sk = ctx.sk
    seen = []
    for ev in sk.v1.events.list({"limit": 5}).auto_paging_iter():
        seen.append(ev.to_dict())
        if len(seen) >= 300:
            break
    check(seen, "GET /v1/events returned no event")
    ids = [e["id"] for e in seen]
    eq(len(set(ids)), len(ids), "event ids unique across pages")
    for e in seen:
        starts(e["id"], "evt_", "event id")
        check(isinstance(e["data"].get("object"), dict) and "object" in e["data"]["object"],
              f"{e['id']} ({e['type']}): data.object is not a resource")
    check(any(e["type"] == "balance.available" for e in seen),
          f"no balance.available event after the clock moved funds; types: {sorted({e['type'] for e in seen})}")
    one = sk.v1.events.retrieve(ids[0])
    eq((one.id, one.type), (ids[0], seen[0]["type"]), "GET /v1/events/{id}")


def resolve(value, ctx):
    if isinstance(value, str) and value.startswith("$"):
        return ctx[value]
    if isinstance(value, dict):
        return {k: resolve(v, ctx) for k, v in value.items()}
    return value


def call(ctx, row):
    c = client(row["key"]) if "key" in row else ctx.sk
    opts = {"stripe_account": resolve(row["stripe_account"], ctx)} if "stripe_account" in row else {}
    params = resolve(row["params"], ctx)
    op = row["op"]
    if op == "charges.create":
        return c.v1.charges.create(params, opts)
    if op == "transfers.create":
        return c.v1.transfers.create(params, opts)
    if op == "balance.retrieve":
        return c.v1.balance.retrieve(params, opts)
    if op.endswith(".retrieve"):
        service = {"charges": c.v1.charges, "transfers": c.v1.transfers, "accounts": c.v1.accounts,
                   "balance_transactions": c.v1.balance_transactions}[op.split(".")[0]]
        return service.retrieve(params.pop("id"), params, opts)
    raise ValueError(f"unknown op {op}")


def error_row(ctx, row):
    want = row["expect"]
    try:
        result = call(ctx, row)
    except stripe.StripeError as e:
        cls = ERROR_CLASSES[want["error"]]
        check(type(e) is cls, f"raised {type(e).__name__} ({e.http_status} {e.user_message!r}), expected {cls.__name__}")
        err = e.error
        check(err is not None, "the error has no error object")
        got = (e.http_status, err.type, err.code, err.param)
        eq(got, (want["status"], want["type"], want["code"], want["param"]), "status, type, code, param")
        if isinstance(e, (stripe.InvalidRequestError, stripe.CardError)):
            eq((e.code, e.param), (want["code"], want["param"]), "the SDK's e.code, e.param")
        if "decline_code" in want:
            eq(err.decline_code, want["decline_code"], "decline_code")
        check(isinstance(err.message, str) and err.message, "error message is a non-empty sentence")
        return
    raise AssertionError(f"expected {want['status']} {want['code']}, but the request succeeded "
                         f"({getattr(result, 'object', '?')} {getattr(result, 'id', '')})")


def snapshot(ctx):
    names = (None, "$express", "$custom", "$standard")
    return {n or "platform": (ctx.balance(n), len(ctx.bt_ids(n))) for n in names}


def error_table(ctx):
    """Yields (row id, exception or None) per row; the runner reports each row."""
    nobank = ctx.balance("$nobank")["available"]
    ctx["$nobank_over"] = nobank + 100
    ctx["$before_errors"] = snapshot(ctx)
    with open(os.path.join(CASES, "errors.json")) as f:
        rows = json.load(f)["cases"]
    for row in rows:
        try:
            error_row(ctx, row)
            yield row["id"], None
        except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the table
            yield row["id"], e


def errors_change_nothing(ctx):
    before = ctx["$before_errors"]
    after = snapshot(ctx)
    for name in before:
        eq(after[name], before[name], f"{name}: (usd balance, balance transaction count) after the error table")


def idempotency(ctx):
    sk = ctx.sk
    key = f"conf-py-idem-{RUN_ID}"
    params = {"amount": 700, "currency": "usd", "source": "tok_bypassPending"}
    p0 = ctx.balance()
    first = sk.v1.charges.create(dict(params), {"idempotency_key": key})
    again = sk.v1.charges.create(dict(params), {"idempotency_key": key})
    eq(again.id, first.id, "replayed charge id")
    headers = {k.lower(): v for k, v in (again.last_response.headers or {}).items()}
    eq(headers.get("idempotent-replayed"), "true", "Idempotent-Replayed header on the replay")
    eq(ctx.balance()["available"] - p0["available"], 700 - fee(700), "platform available moved once")
    try:
        sk.v1.charges.create(dict(params, amount=701), {"idempotency_key": key})
    except stripe.IdempotencyError as e:
        eq((e.http_status, e.error.type), (400, "idempotency_error"), "status and type of a reused key")
    else:
        raise AssertionError("the same Idempotency-Key with other parameters succeeded")


def account_lifecycle(ctx):
    """Issue 13: bank accounts, capabilities, persons, account and login links, reject and
    delete; payout metadata and cancel; refund and reversal metadata."""
    sk = ctx.sk
    a = sk.v1.accounts.create({"type": "custom", "country": "US",
                               "capabilities": {"transfers": {"requested": True}}}).id
    ba = sk.v1.accounts.external_accounts.create(a, {"external_account": "btok_us", "metadata": {"k": "v"}})
    starts(ba.id, "ba_", "bank account id")
    eq((ba.object, ba.currency, ba.default_for_currency, ba.metadata["k"]), ("bank_account", "usd", True, "v"),
       "bank account object, currency, default, metadata")
    eq(sk.v1.accounts.external_accounts.retrieve(a, ba.id).id, ba.id, "bank account retrieved")
    up = sk.v1.accounts.external_accounts.update(a, ba.id, {"metadata": {"k": "w"}})
    eq(up.metadata["k"], "w", "bank account metadata updated")
    eq([b.id for b in sk.v1.accounts.external_accounts.list(a).data], [ba.id], "bank accounts listed")
    second = sk.v1.accounts.external_accounts.create(a, {"external_account": "btok_us"})
    eq(second.default_for_currency, False, "a second usd bank account is not the default")

    caps = sk.v1.accounts.capabilities.list(a)
    eq([c.id for c in caps.data], ["transfers"], "capabilities listed")
    cap = sk.v1.accounts.capabilities.retrieve(a, "transfers")
    eq((cap.object, cap.status, cap.requested), ("capability", "active", True), "capability retrieved")
    cap = sk.v1.accounts.capabilities.update(a, "card_payments", {"requested": True})
    eq(cap.status, "active", "capability requested")

    person = sk.v1.accounts.persons.create(a, {"first_name": "Jenny", "last_name": "Rosen",
                                               "relationship": {"representative": True, "title": "CEO"}})
    starts(person.id, "person_", "person id")
    eq(sk.v1.accounts.persons.retrieve(a, person.id).first_name, "Jenny", "person retrieved")
    eq(sk.v1.accounts.persons.update(a, person.id, {"email": "jenny@example.com"}).email, "jenny@example.com",
       "person updated")
    eq([p.id for p in sk.v1.accounts.persons.list(a).data], [person.id], "persons listed")
    eq(sk.v1.accounts.persons.delete(a, person.id).deleted, True, "person deleted")

    link = sk.v1.account_links.create({"account": a, "type": "account_onboarding",
                                       "refresh_url": "https://example.com/refresh",
                                       "return_url": "https://example.com/return"})
    eq(link.object, "account_link", "account link object")
    check("/_sim/onboarding/" in link.url, f"account link url {link.url} opens the simulator's hosted page")
    login = sk.v1.accounts.login_links.create(ctx["$express"])
    eq(login.object, "login_link", "login link object")

    # The default bank account of the account's currency stays (Stripe never deletes it);
    # another one goes.
    spare = sk.v1.accounts.external_accounts.create(a, {"external_account": "btok_us"})
    eq(sk.v1.accounts.external_accounts.delete(a, spare.id).deleted, True, "bank account deleted")
    rejected = sk.v1.accounts.reject(a, {"reason": "fraud"})
    eq((rejected.charges_enabled, rejected.payouts_enabled, rejected.requirements.disabled_reason),
       (False, False, "rejected.fraud"), "rejected account")
    gone = sk.v1.accounts.delete(a)
    eq((gone.id, gone.deleted), (a, True), "account deleted")

    po = sk.v1.payouts.create({"amount": 100, "currency": "usd"}, ctx.opts("$express"))
    eq(sk.v1.payouts.update(po.id, {"metadata": {"a": "1"}}, ctx.opts("$express")).metadata["a"], "1",
       "payout metadata")
    eq(sk.v1.payouts.cancel(po.id, options=ctx.opts("$express")).status, "canceled", "payout canceled")

    ch = sk.v1.charges.create({"amount": 1000, "currency": "usd", "source": "tok_bypassPending"})
    re = sk.v1.refunds.create({"charge": ch.id, "amount": 100})
    eq(sk.v1.refunds.update(re.id, {"metadata": {"b": "2"}}).metadata["b"], "2", "refund metadata")
    tr = sk.v1.transfers.create({"amount": 300, "currency": "usd", "destination": ctx["$express"]})
    trr = sk.v1.transfers.reversals.create(tr.id, {"amount": 100})
    eq(sk.v1.transfers.reversals.update(tr.id, trr.id, {"metadata": {"c": "3"}}).metadata["c"], "3",
       "reversal metadata")

class Receiver:
    """A local webhook receiver: records each delivery's raw body and Stripe-Signature, and
    answers 200."""

    def __init__(self):
        self.got = []
        self.cond = threading.Condition()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with outer.cond:
                    outer.got.append((body, self.headers.get("Stripe-Signature")))
                    outer.cond.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/webhooks"

    def wait_for(self, what, predicate, timeout=20):
        """The first delivery whose parsed body satisfies `predicate`, waiting for it."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for body, sig in self.got:
                    if predicate(json.loads(body)):
                        return body, sig
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no delivery of {what} within {timeout} s "
                                         f"(got {[json.loads(b)['type'] for b, _ in self.got]})")
                self.cond.wait(left)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def webhooks(ctx):
    sk = ctx.sk
    platform_hook, connect_hook = Receiver(), Receiver()
    try:
        we = sk.v1.webhook_endpoints.create({"url": platform_hook.url, "description": "conformance",
                                             "enabled_events": ["charge.succeeded", "charge.refunded"]})
        starts(we.id, "we_", "webhook endpoint id")
        starts(we.secret, "whsec_", "secret, returned at creation")
        eq((we.status, list(we.enabled_events)), ("enabled", ["charge.succeeded", "charge.refunded"]),
           "status and enabled_events")
        cw = sk.v1.webhook_endpoints.create({"url": connect_hook.url, "enabled_events": ["*"], "connect": True})
        got = sk.v1.webhook_endpoints.retrieve(we.id)
        eq(got.to_dict().get("secret"), None, "the secret is not shown after creation")
        updated = sk.v1.webhook_endpoints.update(we.id, {"metadata": {"team": "conformance"}})
        eq(updated.metadata["team"], "conformance", "metadata after update")
        listed = [e.id for e in sk.v1.webhook_endpoints.list({"limit": 1}).auto_paging_iter()]
        check(we.id in listed and cw.id in listed, f"both endpoints listed by auto-pagination: {listed}")

        # Two deliveries, verified by the SDK with the endpoint's secret; the refund's event shows
        # the charge as it was then.
        charge = sk.v1.charges.create({"amount": 2500, "currency": "usd", "source": "tok_visa"})
        sk.v1.refunds.create({"charge": charge.id, "amount": 1000})
        events = []
        for kind in ("charge.succeeded", "charge.refunded"):
            body, sig = platform_hook.wait_for(
                kind, lambda e, kind=kind: e["type"] == kind and e["data"]["object"]["id"] == charge.id)
            events.append(stripe.Webhook.construct_event(body, sig, we.secret))
        eq(events[1].data.object.amount_refunded, 1000, "charge.refunded shows the refund")
        check(getattr(events[0], "account", None) is None, "a platform event has no account")
        try:
            stripe.Webhook.construct_event(body, sig, "whsec_not_the_secret")
        except stripe.SignatureVerificationError:
            pass
        else:
            raise AssertionError("a delivery verified with the wrong secret")

        # An account debit reaches the Connect endpoint as the connected account's transfer.
        payment = sk.v1.charges.create({"amount": 300, "currency": "usd", "source": ctx["$express"]})
        body, sig = connect_hook.wait_for(
            "transfer.created", lambda e: e["type"] == "transfer.created"
            and e["data"]["object"].get("destination_payment") == payment.id)
        transfer_event = stripe.Webhook.construct_event(body, sig, cw.secret)
        eq(transfer_event.account, ctx["$express"], "a connected account's event names it")

        # The Events API shows the same history; a resend delivers the event again.
        eq(sk.v1.events.retrieve(events[1].id).data.object.amount_refunded, 1000, "GET /v1/events/{id}")
        before = len(platform_hook.got)
        sk.raw_request("post", f"/v1/events/{events[0].id}/retry", webhook_endpoint=we.id)
        deadline = time.monotonic() + 20
        while sum(1 for b, _ in platform_hook.got if json.loads(b)["id"] == events[0].id) < 2:
            check(time.monotonic() < deadline, "the resent event did not arrive")
            time.sleep(0.02)
        check(len(platform_hook.got) > before, "a resend is one more delivery")

        for endpoint in (we, cw):
            deleted = sk.v1.webhook_endpoints.delete(endpoint.id)
            eq((deleted.id, deleted.deleted), (endpoint.id, True), "deleted endpoint")
        ctx.webhook_bodies = [b.decode() for b, _ in platform_hook.got + connect_hook.got]
    finally:
        platform_hook.stop()
        connect_hook.stop()
# ------------------------------------------------------------------ API v2 (issue: accounts v2)

EXPRESS_LIKE_V2 = {
    "display_name": "Conformance seller",
    "contact_email": "seller@example.com",
    "dashboard": "express",
    "identity": {"country": "US", "entity_type": "individual"},
    "defaults": {"currency": "usd",
                 "responsibilities": {"losses_collector": "application", "fees_collector": "application_express"}},
    "configuration": {
        "merchant": {"capabilities": {"card_payments": {"requested": True}}},
        "recipient": {"capabilities": {"stripe_balance": {"stripe_transfers": {"requested": True}}}},
    },
}


def onboard_on_hosted_page(sk, account):
    """Opens `account`'s hosted onboarding page from an account link and submits it as a
    browser would (its fields as given, the terms accepted), as a seller does."""
    link = sk.v1.account_links.create({"account": account, "type": "account_onboarding",
                                       "refresh_url": "https://example.com/refresh",
                                       "return_url": "https://example.com/return"})
    with urllib.request.urlopen(link.url) as page:
        html = page.read().decode()
    fields = []
    for tag in html.split("<input ")[1:]:
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag.split(">", 1)[0]))
        if "name" in attrs and "value" in attrs:
            fields.append((attrs["name"], attrs["value"].replace("&amp;", "&")))
    fields += [("business_type", "individual"), ("tos_accepted", "true")]

    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        urllib.request.build_opener(Stay).open(link.url, urllib.parse.urlencode(fields).encode())
        check(False, "the hosted page answered without sending the seller back")
    except urllib.error.HTTPError as sent_back:
        eq(sent_back.code, 303, "the hosted page sends the seller back once submitted")


def accounts_v2(ctx):
    sk = ctx.sk
    acct = sk.v2.core.accounts.create({**EXPRESS_LIKE_V2, "include": ["defaults", "configuration.merchant"]})
    starts(acct.id, "acct_", "v2 account id")
    eq(acct.object, "v2.core.account", "object")
    eq(acct.defaults.responsibilities.losses_collector, "application", "losses_collector")
    eq(acct.configuration.merchant.capabilities.card_payments.status, "active", "card_payments")
    got = sk.v2.core.accounts.retrieve(acct.id, {"include": ["identity", "requirements"]})
    eq(got.identity.country, "US", "identity.country")
    eq(got.defaults, None, "defaults not included")
    # The same account through v1: its controller is v2's responsibilities.
    v1 = sk.v1.accounts.retrieve(acct.id)
    eq((v1.controller.losses.payments, v1.controller.fees.payer), ("application", "application_express"),
       "v1 controller")
    # A fixture account, made by v1, through v2.
    fixture = sk.v2.core.accounts.retrieve(ctx["$express"], {"include": ["defaults"]})
    eq(fixture.defaults.responsibilities.losses_collector, "application", "fixture through v2")
    updated = sk.v2.core.accounts.update(acct.id, {"display_name": "Renamed", "metadata": {"tier": "gold"}})
    eq((updated.display_name, updated.metadata["tier"]), ("Renamed", "gold"), "update")
    ids = [a.id for a in sk.v2.core.accounts.list({"limit": 2}).auto_paging_iter()]
    check(acct.id in ids and ctx["$express"] in ids and len(ids) == len(set(ids)),
          f"auto-paging walks next_page_url once over every account: {ids}")
    # Debited both documented ways, to the cent. Stripe collects an Express account's bank
    # account, on the hosted onboarding page, so the seller gives it there.
    onboard_on_hosted_page(sk, acct.id)
    sk.v1.transfers.create({"amount": 5000, "currency": "usd", "destination": acct.id})
    sk.v1.charges.create({"amount": 1500, "currency": "usd", "source": acct.id})
    sk.v1.transfers.create({"amount": 4250, "currency": "usd", "destination": PLATFORM},
                           {"stripe_account": acct.id})
    bal = sk.v1.balance.retrieve(options={"stripe_account": acct.id})
    eq([(b.currency, b.amount) for b in bal.available], [("usd", -750)], "v2 account debited below zero")
    ctx.v2_account = acct.id


def v2_bad_input(ctx):
    sk = ctx.sk
    before = [a.id for a in sk.v2.core.accounts.list({"limit": 100}).auto_paging_iter()]
    try:
        sk.v2.core.accounts.retrieve(ctx["$express"], {"include": ["nope"]})
    except stripe.InvalidRequestError as e:
        eq(e.http_status, 400, "unknown include")
    else:
        raise AssertionError("an unknown include value was accepted")
    # A form body on a v2 path, sent as raw bytes.
    req = urllib.request.Request(f"{BASE}/v2/core/accounts", data=b"display_name=x", method="POST",
                                 headers={"Authorization": f"Bearer {ctx.key}",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    try:
        urllib.request.urlopen(req)
    except urllib.error.HTTPError as e:
        body = json.loads(e.read())
        eq((e.code, body["error"]["type"]), (400, "invalid_request_error"), "form body on /v2")
    else:
        raise AssertionError("a form body on /v2 was accepted")
    after = [a.id for a in sk.v2.core.accounts.list({"limit": 100}).auto_paging_iter()]
    eq(after, before, "nothing changed")


def event_destinations_v2(ctx):
    sk = ctx.sk
    hook = Receiver()
    try:
        ed = sk.v2.core.event_destinations.create({
            "name": "conformance", "type": "webhook_endpoint", "event_payload": "thin",
            "enabled_events": ["v2.core.account.created", "v2.core.account.updated"],
            "webhook_endpoint": {"url": hook.url}, "include": ["webhook_endpoint.signing_secret"]})
        secret = ed.webhook_endpoint.signing_secret
        starts(secret, "whsec_", "signing secret at creation")
        eq(sk.v2.core.event_destinations.retrieve(ed.id).webhook_endpoint.signing_secret, None,
           "the secret only at creation")
        acct = sk.v2.core.accounts.create(EXPRESS_LIKE_V2)
        body, sig = hook.wait_for("v2.core.account.created", lambda e: e.get("related_object", {}).get("id") == acct.id)
        # The SDK's own parsing and verification of a thin event.
        note = sk.parse_event_notification(body, sig, secret)
        eq((note.type, note.related_object.id), ("v2.core.account.created", acct.id), "thin event")
        eq(note.fetch_related_object().id, acct.id, "its related object, fetched")
        eq(note.fetch_event().id, note.id, "the event, fetched from /v2/core/events")
        try:
            sk.parse_event_notification(body, sig, "whsec_not_the_secret")
        except stripe.SignatureVerificationError:
            pass
        else:
            raise AssertionError("a thin event verified with the wrong secret")
        ping = sk.v2.core.event_destinations.ping(ed.id)
        eq(ping.type, "v2.core.event_destination.ping", "ping")
        eq(sk.v2.core.event_destinations.disable(ed.id).status, "disabled", "disable")
        eq(sk.v2.core.event_destinations.enable(ed.id).status, "enabled", "enable")
        eq(sk.v2.core.event_destinations.update(ed.id, {"description": "d"}).description, "d", "update")
        listed = [d.id for d in sk.v2.core.event_destinations.list().auto_paging_iter()]
        check(ed.id in listed, f"listed: {listed}")
        sk.v2.core.event_destinations.delete(ed.id)
        ctx.webhook_bodies += [b.decode() for b, _ in hook.got]
    finally:
        hook.stop()


# ------------------------------------------------------------------ money in (behaviour 10-14)

def customers(ctx):
    sk = ctx.sk
    cus = sk.v1.customers.create({"email": f"jenny-{RUN_ID}@example.com", "name": "Jenny Rosen",
                                  "metadata": {"plan": "pro"}})
    check(isinstance(cus, stripe.Customer), f"customer create gave {type(cus).__name__}")
    starts(cus.id, "cus_", "customer id")
    eq((cus.email, cus.name, cus.metadata.to_dict()), (f"jenny-{RUN_ID}@example.com", "Jenny Rosen", {"plan": "pro"}),
       "customer email, name, metadata")
    updated = sk.v1.customers.update(cus.id, {"phone": "+15555550100"})
    eq((updated.phone, updated.name), ("+15555550100", "Jenny Rosen"), "customer after update")
    eq(sk.v1.customers.retrieve(cus.id).phone, "+15555550100", "GET /v1/customers/{id}")
    found = sk.v1.customers.list({"email": f"jenny-{RUN_ID}@example.com"})
    eq([c.id for c in found.data], [cus.id], "GET /v1/customers?email=")
    ctx["$customer"] = cus.id


def pi_destination_fee(ctx):
    sk = ctx.sk
    p0, e0 = ctx.balance(), ctx.balance("$express")
    pi = sk.v1.payment_intents.create({
        "amount": 10000, "currency": "usd", "payment_method": "pm_card_bypassPending", "confirm": True,
        "customer": ctx["$customer"], "transfer_data": {"destination": ctx["$express"]},
        "application_fee_amount": 1230})
    check(isinstance(pi, stripe.PaymentIntent), f"PaymentIntent create gave {type(pi).__name__}")
    starts(pi.id, "pi_", "PaymentIntent id")
    eq((pi.status, pi.amount_received, pi.application_fee_amount, id_of(pi.customer)),
       ("succeeded", 10000, 1230, ctx["$customer"]), "status, amount_received, application_fee_amount, customer")
    charge = sk.v1.charges.retrieve(id_of(pi.latest_charge))
    starts(charge.id, "ch_", "latest_charge")
    eq(id_of(charge.payment_intent), pi.id, "the charge's payment_intent")
    fee_id = id_of(charge.application_fee)
    starts(fee_id, "fee_", "the charge's application_fee")
    fee_obj = sk.v1.application_fees.retrieve(fee_id)
    check(isinstance(fee_obj, stripe.ApplicationFee), f"application fee retrieve gave {type(fee_obj).__name__}")
    eq((id_of(fee_obj.account), fee_obj.amount, id_of(fee_obj.originating_transaction)),
       (ctx["$express"], 1230, charge.id), "the fee's account, amount, originating_transaction")
    starts(fee_obj.application, "ca_", "the fee's application")
    bt = sk.v1.balance_transactions.retrieve(id_of(fee_obj.balance_transaction))
    eq((bt.type, bt.amount, bt.reporting_category), ("application_fee", 1230, "platform_earning"),
       "the fee's balance transaction")
    p1, e1 = ctx.balance(), ctx.balance("$express")
    eq(p1["available"] - p0["available"], 1230 - fee(10000), "platform available: the fee less Stripe's fee")
    eq(e1["available"] - e0["available"], 10000 - 1230, "express available: the whole amount less the fee")
    ctx["$dest_pi"], ctx["$dest_fee"] = pi.id, fee_id


def pi_direct_fee(ctx):
    sk = ctx.sk
    p0, e0 = ctx.balance(), ctx.balance("$express")
    pi = sk.v1.payment_intents.create(
        {"amount": 5000, "currency": "usd", "payment_method": "pm_card_bypassPending", "confirm": True,
         "application_fee_amount": 400}, ctx.opts("$express"))
    eq(pi.status, "succeeded", "direct PaymentIntent status")
    starts(pi.application, "ca_", "direct PaymentIntent application")
    charge = sk.v1.charges.retrieve(id_of(pi.latest_charge), options=ctx.opts("$express"))
    bt = sk.v1.balance_transactions.retrieve(id_of(charge.balance_transaction), options=ctx.opts("$express"))
    eq([(d.type, d.amount) for d in bt.fee_details], [("application_fee", 400), ("stripe_fee", fee(5000))],
       "the direct charge's fee_details")
    p1, e1 = ctx.balance(), ctx.balance("$express")
    eq(e1["available"] - e0["available"], 5000 - fee(5000) - 400, "express available after its direct charge")
    eq(p1["available"] - p0["available"], 400, "platform available: the application fee")


def pi_manual_capture(ctx):
    sk = ctx.sk
    p0 = ctx.balance()
    pi = sk.v1.payment_intents.create({"amount": 6000, "currency": "usd", "payment_method": "pm_card_bypassPending",
                                       "confirm": True, "capture_method": "manual"})
    eq((pi.status, pi.amount_capturable, pi.capture_method), ("requires_capture", 6000, "manual"),
       "authorised PaymentIntent")
    eq(ctx.balance(), p0, "platform balance after an authorisation")
    done = sk.v1.payment_intents.capture(pi.id, {"amount_to_capture": 4000})
    eq((done.status, done.amount_received, done.amount_capturable), ("succeeded", 4000, 0), "captured PaymentIntent")
    charge = sk.v1.charges.retrieve(id_of(done.latest_charge))
    eq((charge.captured, charge.amount_captured, charge.amount_refunded), (True, 4000, 2000),
       "the charge after a partial capture")
    eq(ctx.balance()["available"] - p0["available"], 4000 - fee(4000), "platform available after the capture")


def pi_decline_and_retry(ctx):
    sk = ctx.sk
    try:
        sk.v1.payment_intents.create({"amount": 2000, "currency": "usd", "payment_method": "pm_card_chargeDeclined",
                                      "confirm": True})
    except stripe.CardError as e:
        eq((e.http_status, e.code, e.error.decline_code), (402, "card_declined", "generic_decline"),
           "status, code, decline_code")
        pi = e.error.payment_intent
        check(pi is not None, "the card error carries the PaymentIntent")
        eq((pi.status, pi.last_payment_error.code), ("requires_payment_method", "card_declined"),
           "the PaymentIntent in the error")
        starts(e.error.payment_method.id, "pm_", "the declined payment method")
    else:
        raise AssertionError("pm_card_chargeDeclined succeeded")
    done = sk.v1.payment_intents.confirm(pi.id, {"payment_method": "pm_card_visa"})
    eq((done.status, done.last_payment_error), ("succeeded", None), "confirmed again with pm_card_visa")


def charge_capture(ctx):
    sk = ctx.sk
    ch = sk.v1.charges.create({"amount": 3000, "currency": "usd", "source": "tok_bypassPending", "capture": False})
    eq((ch.captured, ch.amount_captured, ch.balance_transaction), (False, 0, None), "an authorised charge")
    done = sk.v1.charges.capture(ch.id, {"amount": 2000})
    eq((done.captured, done.amount_captured, done.amount_refunded), (True, 2000, 1000), "the charge after capture")
    starts(id_of(done.balance_transaction), "txn_", "the captured charge's balance transaction")


def refund_with_fee(ctx):
    sk = ctx.sk
    p0, e0 = ctx.balance(), ctx.balance("$express")
    re = sk.v1.refunds.create({"payment_intent": ctx["$dest_pi"], "amount": 4000, "reverse_transfer": True,
                               "refund_application_fee": True})
    eq((re.amount, id_of(re.payment_intent)), (4000, ctx["$dest_pi"]), "refund amount, payment_intent")
    starts(id_of(re.transfer_reversal), "trr_", "refund transfer_reversal")
    p1, e1 = ctx.balance(), ctx.balance("$express")
    eq(p1["available"] - p0["available"], -492, "platform available: -4000 + 4000 reversed - 492 of the fee")
    eq(e1["available"] - e0["available"], -4000 + 492, "express available: -4000 reversed + 492 of the fee")
    eq(sk.v1.application_fees.retrieve(ctx["$dest_fee"]).amount_refunded, 492, "the fee's amount_refunded")
    fr = sk.v1.application_fees.refunds.create(ctx["$dest_fee"], {"amount": 100})
    check(isinstance(fr, stripe.ApplicationFeeRefund), f"fee refund create gave {type(fr).__name__}")
    starts(fr.id, "fr_", "fee refund id")
    eq((fr.amount, id_of(fr.fee)), (100, ctx["$dest_fee"]), "fee refund amount, fee")
    listed = sk.v1.application_fees.refunds.list(ctx["$dest_fee"])
    eq(len(listed.data), 2, "the fee's refunds")


def dispute_won(ctx):
    sk = ctx.sk
    p0 = ctx.balance()
    pi = sk.v1.payment_intents.create({"amount": 5000, "currency": "usd", "payment_method": "pm_card_createDispute",
                                       "confirm": True, "transfer_data": {"destination": ctx["$express"]}})
    found = sk.v1.disputes.list({"payment_intent": pi.id})
    eq(len(found.data), 1, "disputes of the PaymentIntent")
    dp = found.data[0]
    check(isinstance(dp, stripe.Dispute), f"dispute list gave {type(dp).__name__}")
    starts(dp.id, "dp_", "dispute id")
    eq((dp.status, dp.amount, dp.reason), ("needs_response", 5000, "fraudulent"), "dispute status, amount, reason")
    eq([(t.type, t.amount, t.fee) for t in dp.balance_transactions], [("adjustment", -5000, 1500)],
       "the dispute's withdrawal")
    eq(ctx.balance()["available"] - p0["available"], -6500, "platform available after the withdrawal")
    up = sk.v1.disputes.update(dp.id, {"evidence": {"uncategorized_text": "winning_evidence",
                                                    "customer_name": "Jenny Rosen"}})
    eq((up.status, up.evidence.customer_name), ("under_review", "Jenny Rosen"), "dispute after evidence")
    ctx.sim("/_sim/clock/advance", seconds=1)
    won = sk.v1.disputes.retrieve(dp.id)
    eq(won.status, "won", "dispute after the clock moved")
    eq(ctx.balance()["available"] - p0["available"], 0, "platform available after the reinstatement")


def dispute_lost(ctx):
    sk = ctx.sk
    p0, c0 = ctx.balance(), ctx.balance("$custom")
    amount = max(c0["available"], 0) + 1000
    pi = sk.v1.payment_intents.create({"amount": amount, "currency": "usd", "payment_method": "pm_card_createDispute",
                                       "confirm": True}, ctx.opts("$custom"))
    c1 = ctx.balance("$custom")
    eq(c1["available"], c0["available"] - amount - 1500, "custom available after the withdrawal")
    shortfall = lambda b: max(0, -b["available"])  # noqa: E731
    eq(ctx.balance()["reserved"] - p0["reserved"], shortfall(c1) - shortfall(c0),
       "the platform's connect_reserved follows custom's negative balance")
    dp = sk.v1.disputes.list({"payment_intent": pi.id}, ctx.opts("$custom")).data[0]
    closed = sk.v1.disputes.close(dp.id, options=ctx.opts("$custom"))
    eq(closed.status, "lost", "dispute after close")
    try:
        sk.v1.refunds.create({"charge": id_of(dp.charge)}, ctx.opts("$custom"))
    except stripe.InvalidRequestError as e:
        eq((e.http_status, e.code), (400, "charge_disputed"), "refund of a charged-back charge")
    else:
        raise AssertionError("a charged-back charge was refunded")


def money_in_events(ctx):
    sk = ctx.sk
    wanted = {"payment_intent.created", "payment_intent.succeeded", "payment_intent.payment_failed",
              "payment_intent.amount_capturable_updated", "charge.captured", "application_fee.created",
              "application_fee.refunded", "charge.dispute.created", "charge.dispute.funds_withdrawn",
              "charge.dispute.closed", "charge.dispute.funds_reinstated", "customer.created"}
    seen = {}
    for ev in sk.v1.events.list({"limit": 100}).auto_paging_iter():
        seen.setdefault(ev.type, ev)
        if len(seen) > 200:
            break
    missing = sorted(wanted - set(seen))
    check(not missing, f"events not found: {missing}")
    for kind in wanted:
        obj = seen[kind].to_dict()["data"]["object"]
        check(isinstance(obj, dict) and obj.get("object"), f"{kind}: data.object is not a resource")


def customer_delete(ctx):
    sk = ctx.sk
    gone = sk.v1.customers.delete(ctx["$customer"])
    eq((gone.id, gone.deleted), (ctx["$customer"], True), "DELETE /v1/customers/{id}")
    eq(sk.v1.customers.retrieve(ctx["$customer"]).to_dict().get("deleted"), True, "GET of a deleted customer")


# ------------------------------------------------------------- saved cards (behaviour 19, 20)

def saved_cards(ctx):
    sk = ctx.sk
    cus = sk.v1.customers.create({"email": f"saver-{RUN_ID}@example.com"})
    pm = sk.v1.payment_methods.create({
        "type": "card", "card": {"token": "tok_visa"},
        "billing_details": {"name": "Jenny Rosen", "address": {"country": "US", "postal_code": "94103"}}})
    check(isinstance(pm, stripe.PaymentMethod), f"payment method create gave {type(pm).__name__}")
    starts(pm.id, "pm_", "payment method id")
    eq((pm.card.last4, pm.billing_details.name, pm.billing_details.address.postal_code, pm.customer),
       ("4242", "Jenny Rosen", "94103", None), "last4, billing details kept as data, no customer")
    attached = sk.v1.payment_methods.attach(pm.id, {"customer": cus.id})
    eq(id_of(attached.customer), cus.id, "attached to the customer")
    second = sk.v1.payment_methods.attach("pm_card_mastercard", {"customer": cus.id})
    starts(second.id, "pm_", "a test payment method attached is a new pm_")
    eq((second.card.brand, id_of(second.customer)), ("mastercard", cus.id), "the second card")
    listed = sk.v1.customers.payment_methods.list(cus.id, {"type": "card"})
    eq([m.id for m in listed.data], [second.id, pm.id], "the customer's payment methods, newest first")
    eq([m.id for m in sk.v1.payment_methods.list({"customer": cus.id, "type": "card"}).data], [second.id, pm.id],
       "GET /v1/payment_methods?customer=&type=card")
    up = sk.v1.payment_methods.update(pm.id, {"metadata": {"nickname": "work"}})
    eq(up.metadata.to_dict(), {"nickname": "work"}, "payment method metadata")
    default = sk.v1.customers.update(cus.id, {"invoice_settings": {"default_payment_method": pm.id}})
    eq(id_of(default.invoice_settings.default_payment_method), pm.id, "invoice_settings.default_payment_method")
    gone = sk.v1.payment_methods.detach(second.id)
    eq(gone.customer, None, "a detached payment method has no customer")
    eq([m.id for m in sk.v1.customers.payment_methods.list(cus.id).data], [pm.id], "after the detach")
    try:
        sk.v1.payment_methods.attach(second.id, {"customer": cus.id})
    except stripe.InvalidRequestError as e:
        eq(e.http_status, 400, "attaching a detached payment method")
    else:
        raise AssertionError("a detached payment method was attached again")
    # SetupIntents: 3D Secure stops, a decline card fails the check, and one is canceled.
    action = sk.v1.setup_intents.create({"customer": cus.id, "payment_method": "pm_card_authenticationRequired",
                                         "confirm": True})
    check(isinstance(action, stripe.SetupIntent), f"SetupIntent create gave {type(action).__name__}")
    starts(action.id, "seti_", "SetupIntent id")
    eq((action.status, action.next_action.type, action.usage), ("requires_action", "use_stripe_sdk", "off_session"),
       "a 3D Secure card's SetupIntent")
    try:
        sk.v1.setup_intents.create({"customer": cus.id, "payment_method": "pm_card_chargeDeclined", "confirm": True})
    except stripe.CardError as e:
        eq((e.http_status, e.code, e.error.decline_code), (402, "card_declined", "generic_decline"),
           "a decline card's SetupIntent")
        failed = e.error.setup_intent
        check(failed is not None, "the card error carries the SetupIntent")
        eq((failed.status, failed.last_setup_error.code), ("requires_payment_method", "card_declined"),
           "the SetupIntent in the error")
    else:
        raise AssertionError("pm_card_chargeDeclined was saved")
    waiting = sk.v1.setup_intents.create({"customer": cus.id, "payment_method_types": ["card"]})
    eq(waiting.status, "requires_payment_method", "a SetupIntent without a payment method")
    canceled = sk.v1.setup_intents.cancel(waiting.id, {"cancellation_reason": "requested_by_customer"})
    eq((canceled.status, canceled.cancellation_reason), ("canceled", "requested_by_customer"), "canceled SetupIntent")
    # A card source, the older way, becomes the customer's default source.
    card = sk.v1.customers.payment_sources.create(cus.id, {"source": "tok_visa"})
    check(isinstance(card, stripe.Card), f"a card source is {type(card).__name__}")
    starts(card.id, "card_", "card source id")
    eq((card.last4, id_of(card.customer)), ("4242", cus.id), "the card source")
    eq(id_of(sk.v1.customers.retrieve(cus.id).default_source), card.id, "the customer's default_source")
    # setup_future_usage saves the card it pays with to the customer.
    p0 = ctx.balance()
    pi = sk.v1.payment_intents.create({"amount": 1800, "currency": "usd", "customer": cus.id,
                                       "payment_method": "pm_card_bypassPending", "setup_future_usage": "off_session",
                                       "confirm": True})
    eq((pi.status, pi.setup_future_usage), ("succeeded", "off_session"), "a PaymentIntent that saves its card")
    saved = sk.v1.payment_methods.retrieve(id_of(pi.payment_method))
    eq(id_of(saved.customer), cus.id, "the card it paid with is saved to the customer")
    eq(ctx.balance()["available"] - p0["available"], 1800 - fee(1800), "platform available after the payment")
    kinds = {ev.type for ev in sk.v1.events.list({"limit": 100}).data}
    missing = {"payment_method.attached", "payment_method.detached", "payment_method.updated",
               "setup_intent.created", "setup_intent.requires_action", "setup_intent.setup_failed",
               "setup_intent.canceled", "customer.source.created"} - kinds
    check(not missing, f"events not found: {sorted(missing)}")


def mobile_saved_card_off_session(ctx):
    """A mobile app's saved card: the server makes a customer, an ephemeral key and a
    SetupIntent; the app (publishable key) confirms it with the card the customer typed, and
    (ephemeral key) lists the customer's cards; the server later charges it off-session."""
    sk = ctx.sk
    cus = sk.v1.customers.create({"email": f"rider-{RUN_ID}@example.com"})
    ek = sk.v1.ephemeral_keys.create({"customer": cus.id}, {"stripe_version": "2024-04-10"})
    check(isinstance(ek, stripe.EphemeralKey), f"ephemeral key create gave {type(ek).__name__}")
    starts(ek.id, "ephkey_", "ephemeral key id")
    starts(ek.secret, "ek_test_", "ephemeral key secret")
    eq((ek.expires - ek.created, [o["id"] for o in ek.to_dict()["associated_objects"]]), (3600, [cus.id]),
       "an hour, for the customer")
    si = sk.v1.setup_intents.create({"customer": cus.id, "usage": "off_session", "payment_method_types": ["card"]})
    starts(si.client_secret, si.id + "_secret_", "the SetupIntent's client_secret")
    app = client(f"pk_test_{ctx.suffix}")
    confirmed = app.v1.setup_intents.confirm(si.id, {
        "client_secret": si.client_secret,
        "payment_method_data": {"type": "card", "card": {"number": "4242424242424242", "exp_month": 12,
                                                         "exp_year": 2034, "cvc": "123"}}})
    eq(confirmed.status, "succeeded", "the app confirmed the SetupIntent with its publishable key")
    card = id_of(confirmed.payment_method)
    starts(card, "pm_", "the saved card")
    wallet = client(ek.secret)
    mine = wallet.v1.payment_methods.list({"customer": cus.id, "type": "card"})
    eq([(m.id, m.card.last4) for m in mine.data], [(card, "4242")], "the app lists its customer's cards")
    eq(wallet.v1.customers.retrieve(cus.id).id, cus.id, "the app reads its customer")
    try:
        wallet.v1.charges.list()
    except stripe.AuthenticationError as e:
        eq(e.http_status, 401, "an ephemeral key outside its customer's cards")
    else:
        raise AssertionError("an ephemeral key listed charges")
    sk.v1.customers.update(cus.id, {"invoice_settings": {"default_payment_method": card}})
    p0 = ctx.balance()
    pi = sk.v1.payment_intents.create({"amount": 4200, "currency": "usd", "customer": cus.id,
                                       "payment_method": card, "off_session": True, "confirm": True})
    eq((pi.status, pi.amount_received, id_of(pi.payment_method)), ("succeeded", 4200, card),
       "the off-session charge of the saved card")
    eq(ctx.balance()["pending"] - p0["pending"], 4200 - fee(4200), "platform pending after the charge")
    sk.v1.ephemeral_keys.delete(ek.id)
    try:
        wallet.v1.payment_methods.list({"customer": cus.id, "type": "card"})
    except stripe.AuthenticationError as e:
        eq(e.http_status, 401, "a deleted ephemeral key")
    else:
        raise AssertionError("a deleted ephemeral key still worked")


def publishable_key_confirm(ctx):
    """Stripe.js style: the server makes a PaymentIntent; the browser, with the publishable
    key and the client_secret, reads it, makes a payment method from the card typed in, and
    confirms it."""
    sk = ctx.sk
    pi = sk.v1.payment_intents.create({"amount": 2500, "currency": "usd",
                                       "automatic_payment_methods": {"enabled": True, "allow_redirects": "never"}})
    browser = client(f"pk_test_{ctx.suffix}")
    seen = browser.v1.payment_intents.retrieve(pi.id, {"client_secret": pi.client_secret})
    eq((seen.id, seen.status), (pi.id, "requires_payment_method"), "the PaymentIntent read with the client_secret")
    try:
        browser.v1.payment_intents.retrieve(pi.id)
    except stripe.InvalidRequestError as e:
        eq((e.http_status, e.param), (400, "client_secret"), "a publishable key without the client_secret")
    else:
        raise AssertionError("a publishable key read a PaymentIntent without its client_secret")
    pm = browser.v1.payment_methods.create({
        "type": "card", "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034, "cvc": "314"},
        "billing_details": {"name": "Jenny Rosen", "email": f"jenny-{RUN_ID}@example.com"}})
    eq((pm.card.last4, pm.card.exp_year, pm.billing_details.name), ("4242", 2034, "Jenny Rosen"),
       "the card the browser typed")
    p0 = ctx.balance()
    done = browser.v1.payment_intents.confirm(pi.id, {"client_secret": pi.client_secret, "payment_method": pm.id})
    eq((done.status, done.amount_received), ("succeeded", 2500), "confirmed with the publishable key")
    eq(ctx.balance()["pending"] - p0["pending"], 2500 - fee(2500), "platform pending after the payment")
    # A card token, the older way: made by the browser, charged once by the server.
    tok = browser.v1.tokens.create({"card": {"number": "5555555555554444", "exp_month": "12", "exp_year": "2034",
                                             "cvc": "314"}})
    check(isinstance(tok, stripe.Token), f"token create gave {type(tok).__name__}")
    starts(tok.id, "tok_", "token id")
    eq((tok.type, tok.used, tok.card.last4), ("card", False, "4444"), "the token")
    charge = sk.v1.charges.create({"amount": 900, "currency": "usd", "source": tok.id})
    eq((charge.paid, charge.source.last4), (True, "4444"), "a charge of the token")
    try:
        sk.v1.charges.create({"amount": 900, "currency": "usd", "source": tok.id})
    except stripe.InvalidRequestError as e:
        eq((e.http_status, e.param), (400, "source"), "a token used twice")
    else:
        raise AssertionError("a token was used twice")
    try:
        browser.v1.charges.list()
    except stripe.AuthenticationError as e:
        eq(e.http_status, 401, "a publishable key on a secret key's endpoint")
        check("publishable" in e.user_message, f"the error says why: {e.user_message}")
    else:
        raise AssertionError("a publishable key listed charges")
    try:
        sk.v1.payment_methods.create({"type": "card", "card": {"number": "4242424242424242", "exp_month": 12,
                                                                "exp_year": 2034}})
    except stripe.InvalidRequestError as e:
        eq(e.http_status, 400, "card numbers sent with a secret key")
    else:
        raise AssertionError("a secret key sent card numbers")
def available_in(ctx, currency, account=None):
    """An account's available balance in one currency."""
    b = ctx.sk.v1.balance.retrieve(options=ctx.opts(account)).to_dict()
    return sum(e["amount"] for e in b.get("available") or [] if e["currency"] == currency)


def cross_currency_rides(ctx):
    """A USD ride paid to a German and to a Canadian driver (docs/behaviour.md section 21)."""
    sk = ctx.sk
    de = sk.v1.accounts.create({"type": "custom", "country": "DE", "external_account": "btok_de",
                                "capabilities": {"transfers": {"requested": True}}})
    eq(de.default_currency, "eur", "the German driver's default_currency")
    ctx["$de"] = de.id
    p0 = available_in(ctx, "usd")
    pi = sk.v1.payment_intents.create({
        "amount": 2500, "currency": "usd", "payment_method": "pm_card_bypassPending", "confirm": True,
        "application_fee_amount": 500, "transfer_data": {"destination": de.id}})
    eq(pi.status, "succeeded", "the ride's PaymentIntent")
    charge = sk.v1.charges.retrieve(id_of(pi.latest_charge))
    transfer = sk.v1.transfers.retrieve(id_of(charge.transfer))
    eq((transfer.amount, transfer.currency), (2500, "usd"), "the transfer stays in usd")
    payment = sk.v1.charges.retrieve(id_of(transfer.destination_payment), options=ctx.opts("$de"))
    eq((payment.amount, payment.currency), (2300, "eur"), "the driver's payment, converted")
    bt = sk.v1.balance_transactions.retrieve(id_of(payment.balance_transaction), options=ctx.opts("$de"))
    eq((bt.amount, bt.fee, bt.net, bt.currency, bt.exchange_rate), (2300, 460, 1840, "eur", 0.92),
       "the driver's balance transaction")
    eq(available_in(ctx, "eur", "$de"), 1840, "the German driver's eur available")
    eq(available_in(ctx, "usd", "$de"), 0, "nothing kept in usd")
    eq(available_in(ctx, "usd") - p0, 500 - fee(2500), "platform usd: the fee less Stripe's fee")
    # The Canadian fixture driver, by a destination charge: 2500 x 1.35 = 3375, fee 675.
    c0 = available_in(ctx, "cad", "$ca")
    ch = sk.v1.charges.create({"amount": 2500, "currency": "usd", "source": "tok_bypassPending",
                               "application_fee_amount": 500, "transfer_data": {"destination": ctx["$ca"]}})
    transfer = sk.v1.transfers.retrieve(id_of(ch.transfer))
    payment = sk.v1.charges.retrieve(id_of(transfer.destination_payment), options=ctx.opts("$ca"))
    bt = sk.v1.balance_transactions.retrieve(id_of(payment.balance_transaction), options=ctx.opts("$ca"))
    eq((bt.amount, bt.fee, bt.net, bt.currency, bt.exchange_rate), (3375, 675, 2700, "cad", 1.35),
       "the Canadian driver's balance transaction")
    eq(available_in(ctx, "cad", "$ca") - c0, 2700, "the Canadian driver's cad available")


def instant_payout(ctx):
    """A debit card as an external account and an Instant Payout to it (section 22)."""
    sk = ctx.sk
    a = sk.v1.accounts.create({"type": "custom", "country": "US", "external_account": "btok_us",
                               "capabilities": {"transfers": {"requested": True}},
                               "settings": {"payouts": {"schedule": {"interval": "daily"}}}}).id
    ctx["$driver"] = a
    card = sk.v1.accounts.external_accounts.create(a, {"external_account": "tok_visa_debit"})
    check(isinstance(card, stripe.Card), f"a debit card external account gave {type(card).__name__}")
    starts(card.id, "card_", "debit card id")
    eq((card.funding, card.last4, card.available_payout_methods), ("debit", "5556", ["standard", "instant"]),
       "the debit card")
    sk.v1.charges.create({"amount": 20000, "currency": "usd", "source": "tok_bypassPending"})
    sk.v1.transfers.create({"amount": 10000, "currency": "usd", "destination": a})
    balance = sk.v1.balance.retrieve(options=ctx.opts("$driver"))
    eq([(x.amount, x.currency) for x in balance.instant_available], [(10000, "usd")], "instant_available")
    po = sk.v1.payouts.create({"amount": 5000, "currency": "usd", "method": "instant", "destination": card.id},
                              ctx.opts("$driver"))
    eq((po.method, po.type, id_of(po.destination), po.status), ("instant", "card", card.id, "pending"),
       "the Instant Payout")
    bt = sk.v1.balance_transactions.retrieve(id_of(po.balance_transaction), options=ctx.opts("$driver"))
    eq((bt.type, bt.amount, bt.fee, bt.net), ("payout", -5000, 75, -5075), "its balance transaction")
    eq(available_in(ctx, "usd", "$driver"), 10000 - 5075, "the driver's usd available")


def balance_settings(ctx):
    """Issue 20: /v1/balance_settings through the SDK's own methods, for a connected account
    the platform manages and one it does not."""
    sk = ctx.sk
    own = sk.v1.balance_settings.retrieve()
    check(isinstance(own, stripe.BalanceSettings), f"GET /v1/balance_settings gave {type(own).__name__}")
    eq(own.object, "balance_settings", "balance settings object")
    express = ctx.opts("$express")
    before = sk.v1.balance_settings.retrieve(options=express).to_dict()
    eq(before["payments"]["debit_negative_balances"], True, "Express debits negative balances by default")
    changed = sk.v1.balance_settings.update({"payments": {
        "debit_negative_balances": False,
        "payouts": {"schedule": {"interval": "weekly", "weekly_payout_days": ["monday", "thursday"]},
                    "minimum_balance_by_currency": {"usd": 1500}, "statement_descriptor": "CONFORMANCE"},
        "settlement_timing": {"delay_days_override": 5}}}, express).to_dict()
    payments = changed["payments"]
    eq((payments["debit_negative_balances"], payments["payouts"]["schedule"]["interval"],
        payments["payouts"]["schedule"]["weekly_payout_days"], payments["payouts"]["minimum_balance_by_currency"],
        payments["settlement_timing"]["delay_days"]),
       (False, "weekly", ["monday", "thursday"], {"usd": 1500}, 5), "balance settings after the update")
    payouts = sk.v1.accounts.retrieve(ctx["$express"]).to_dict()["settings"]["payouts"]
    eq((payouts["debit_negative_balances"], payouts["schedule"]["interval"], payouts["schedule"]["delay_days"]),
       (False, "weekly", 5), "the account's settings.payouts shows the same values")
    # A Standard account manages its own payouts: Stripe's error, and nothing changes.
    standard = ctx.opts("$standard")
    unchanged = sk.v1.balance_settings.retrieve(options=standard).to_dict()
    try:
        sk.v1.balance_settings.update({"payments": {"debit_negative_balances": False}}, standard)
    except stripe.InvalidRequestError as e:
        eq((e.http_status, e.error.type), (400, "invalid_request_error"), "balance settings of a Standard account")
    else:
        raise AssertionError("the platform changed a Standard account's balance settings")
    eq(sk.v1.balance_settings.retrieve(options=standard).to_dict(), unchanged, "a refused update changed nothing")
    # Back as it was, so later flows see Express as the fixtures made it.
    restored = sk.v1.balance_settings.update({"payments": {
        "debit_negative_balances": True, "payouts": {"schedule": {"interval": "manual"},
                                                     "minimum_balance_by_currency": ""},
        "settlement_timing": {"delay_days_override": ""}}}, express).to_dict()
    eq((restored["payments"]["payouts"]["schedule"]["interval"], restored["payments"]["settlement_timing"]["delay_days"]),
       ("manual", 2), "Express restored")


def test_clocks(ctx):
    """Issue 20: test clocks through the SDK's own methods, as a front for the world's clock."""
    sk = ctx.sk
    now = ctx.sim("/_sim/clock/advance", seconds=0)["now"]
    clocks = sk.v1.test_helpers.test_clocks
    clock = clocks.create({"frozen_time": now, "name": "conformance"})
    check(isinstance(clock, stripe.test_helpers.TestClock), f"test clock create gave {type(clock).__name__}")
    starts(clock.id, "clock_", "test clock id")
    eq((clock.status, clock.frozen_time, clock.name), ("ready", now, "conformance"), "a new clock")
    eq(clocks.retrieve(clock.id).id, clock.id, "GET /v1/test_helpers/test_clocks/{id}")
    check(clock.id in [c.id for c in clocks.list({"limit": 100}).data], "the clock is listed")
    cus = sk.v1.customers.create({"email": f"clocked-{RUN_ID}@example.com", "test_clock": clock.id})
    eq(id_of(cus.test_clock), clock.id, "a customer created on the clock")
    eq([c.id for c in sk.v1.customers.list({"test_clock": clock.id}).data], [cus.id], "customers of the clock")
    check(cus.id not in [c.id for c in sk.v1.customers.list({"limit": 100}).data],
          "a clock's customers are left out of the plain list")
    # Pending card funds, which the clock's advance makes available.
    sk.v1.charges.create({"amount": 3000, "currency": "usd", "source": "tok_visa"})
    p0 = ctx.balance()
    check(p0["pending"] > 0, "pending funds before the advance")
    target = now + 3 * DAY
    advancing = clocks.advance(clock.id, {"frozen_time": target})
    eq((advancing.status, advancing.frozen_time, advancing.status_details.advancing.target_frozen_time),
       ("advancing", now, target), "the advance's answer")
    ready = clocks.retrieve(clock.id)
    eq((ready.status, ready.frozen_time), ("ready", target), "the clock after its advance")
    # The world's clock then runs on with the wall clock: a second may pass before the read.
    moved = ctx.sim("/_sim/clock/advance", seconds=0)["now"]
    check(target <= moved < target + 60, f"the world's clock moved with it: {moved}, target {target}")
    p1 = ctx.balance()
    eq(p1["pending"], 0, "no funds left pending after three days")
    check(p1["available"] - p0["available"] >= p0["pending"], "what was pending became available on the way")
    # A clock moved backwards: Stripe's error, and nothing changes.
    try:
        clocks.advance(clock.id, {"frozen_time": now + DAY})
    except stripe.InvalidRequestError as e:
        eq((e.http_status, e.param), (400, "frozen_time"), "a clock moved backwards")
    else:
        raise AssertionError("a clock moved backwards")
    eq(clocks.retrieve(clock.id).frozen_time, target, "a refused advance left the clock where it was")
    world = ctx.sim("/_sim/clock/advance", seconds=0)["now"]
    check(target <= world < target + 60, f"a refused advance left the world's clock where it was (now {world})")
    # Clocks are the platform's.
    try:
        clocks.create({"frozen_time": now}, ctx.opts("$express"))
    except stripe.InvalidRequestError as e:
        eq(e.http_status, 400, "a clock created as a connected account")
    else:
        raise AssertionError("a connected account created a test clock")
    gone = clocks.delete(clock.id)
    eq((gone.id, gone.deleted), (clock.id, True), "DELETE /v1/test_helpers/test_clocks/{id}")
    eq(sk.v1.customers.retrieve(cus.id).to_dict().get("deleted"), True, "the clock's customer went with it")
    types = [e.type for e in sk.v1.events.list({"limit": 100}).data]
    for kind in ("created", "advancing", "ready", "deleted"):
        check(f"test_helpers.test_clock.{kind}" in types, f"test_helpers.test_clock.{kind} event")


def refund_expire(ctx):
    sk = ctx.sk
    ch = sk.v1.charges.create({"amount": 1500, "currency": "usd", "source": "tok_bypassPending"})
    re = sk.v1.refunds.create({"charge": ch.id, "amount": 500})
    try:
        sk.v1.test_helpers.refunds.expire(re.id)
    except stripe.InvalidRequestError as e:
        eq((e.http_status, e.code), (400, None), "expiring a succeeded refund")
    else:
        raise AssertionError("a succeeded refund was expired")
    eq(sk.v1.refunds.retrieve(re.id).status, "succeeded", "the refund is unchanged")


def api_versions(ctx):
    """A request pinning 2024-04-10 gets that version's shape (`invoice` on a PaymentIntent),
    the SDK's own version (endive) the newest; the harness checks each body against the
    schemas of its version."""
    sk = ctx.sk
    pi = sk.v1.payment_intents.create({"amount": 1200, "currency": "usd", "payment_method": "pm_card_visa",
                                       "confirm": True})
    old = sk.v1.payment_intents.retrieve(pi.id, options={"stripe_version": "2024-04-10"}).to_dict()
    check("invoice" in old, "a PaymentIntent rendered for 2024-04-10 has invoice")
    new = sk.v1.payment_intents.retrieve(pi.id).to_dict()
    check("invoice" not in new and "customer_account" in new, "a PaymentIntent rendered for endive")
    refund = sk.v1.refunds.create({"payment_intent": pi.id, "amount": 200})
    eq(refund.to_dict().get("payment_method"), id_of(new["payment_method"]), "a refund names its payment method")
    # A test clock's life rendered for 2024-04-10 too (its schemas are in subset.json).
    old_version = {"stripe_version": "2024-04-10"}
    now = ctx.sim("/_sim/clock/advance", seconds=0)["now"]
    clock = sk.v1.test_helpers.test_clocks.create({"frozen_time": now}, old_version)
    eq(sk.v1.test_helpers.test_clocks.advance(clock.id, {"frozen_time": now + 60}, old_version).status, "advancing",
       "a clock advanced pinning 2024-04-10")
    eq(sk.v1.test_helpers.test_clocks.delete(clock.id, options=old_version).deleted, True,
       "a clock deleted pinning 2024-04-10")


FLOWS = [platform_account, create_accounts, fund_accounts, pending_funds_clock, debit_by_charge,
         debit_by_transfer, managed_debit_charge_ref, managed_debit_payout_ref, negative_balance_reserve,
         refund_and_reversal, retrieve_accounts, balance_and_paging, events, error_table,
         errors_change_nothing, idempotency, account_lifecycle, webhooks, customers, pi_destination_fee,
         pi_direct_fee, pi_manual_capture, pi_decline_and_retry, charge_capture, refund_with_fee, dispute_won,
         dispute_lost, money_in_events, customer_delete, accounts_v2, v2_bad_input, event_destinations_v2,
         saved_cards, mobile_saved_card_off_session, publishable_key_confirm,
         balance_settings, test_clocks, refund_expire, api_versions,
         cross_currency_rides, instant_payout]


# --------------------------------------------------------------------------- runner

def describe(e):
    if isinstance(e, AssertionError):
        return str(e)
    if isinstance(e, Skip):
        return f"skipped: {e}"
    if isinstance(e, stripe.StripeError):
        return f"{type(e).__name__} {e.http_status}: {e.user_message}"
    return f"{type(e).__name__}: {e}\n" + "".join(traceback.format_exception(e)[-3:])


def main():
    results = []

    def record(name, error):
        results.append({"name": name, "ok": error is None, "detail": None if error is None else describe(error)})
        print(f"  {'ok  ' if error is None else 'FAIL'} {name}" + ("" if error is None else f": {describe(error)}"),
              flush=True)

    ctx = Ctx()
    print(f"python stripe {stripe.VERSION} (API {stripe.api_version}) against {BASE}, key {ctx.key}", flush=True)
    try:
        ctx.sk.v1.balance.retrieve()
    except stripe.APIConnectionError as e:
        print(f"cannot reach the simulator at {BASE}: {e.user_message.splitlines()[-1] if e.user_message else e}\n"
              f"start it with `target/release/debitsim serve --port 0` and set DEBITSIM_URL, "
              f"or run conformance/run", file=sys.stderr)
        for flow in FLOWS:
            record(flow.__name__, Skip("simulator unreachable"))
        return finish(results, 2)
    except stripe.StripeError:
        pass  # any answer means the server is up; the flows will judge it

    ctx.webhook_bodies = []
    for flow in FLOWS:
        if flow is error_table:
            try:
                for row_id, error in flow(ctx):
                    record(f"error:{row_id}", error)
                record(flow.__name__, None)
            except Exception as e:  # noqa: BLE001
                record(flow.__name__, e)
            continue
        try:
            flow(ctx)
            record(flow.__name__, None)
        except Exception as e:  # noqa: BLE001 - a failed flow is reported, the next one runs
            record(flow.__name__, e)
    return finish(results, 0 if all(r["ok"] for r in results) else 1, ctx.webhook_bodies)


def finish(results, code, webhook_bodies=()):
    out = os.environ.get("CONFORMANCE_RESULTS")
    if out:
        with open(out, "w") as f:
            json.dump({"client": "python", "sdk": f"stripe {stripe.VERSION} (PyPI)", "flows": results,
                       "webhook_bodies": list(webhook_bodies)}, f, indent=1)
    passed = sum(r["ok"] for r in results)
    print(f"python: {passed} passed, {len(results) - passed} failed", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
