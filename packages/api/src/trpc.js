"use strict";
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCallerFactory = exports.publicProcedure = exports.router = exports.InputError = void 0;
exports.toFieldErrors = toFieldErrors;
var server_1 = require("@trpc/server");
var zod_1 = require("zod");
/** A ZodError's issues as field errors a form can show beside its fields. */
function toFieldErrors(error, prefix) {
    if (prefix === void 0) { prefix = []; }
    return error.issues.map(function (i) { return ({ path: __spreadArray(__spreadArray([], prefix, true), i.path.map(String), true).join("."), message: i.message }); });
}
/** Carries field errors with a path prefix through a TRPCError's cause. */
var InputError = /** @class */ (function (_super) {
    __extends(InputError, _super);
    function InputError(message, fieldErrors) {
        var _this = _super.call(this, message) || this;
        _this.fieldErrors = fieldErrors;
        return _this;
    }
    return InputError;
}(Error));
exports.InputError = InputError;
var t = server_1.initTRPC.context().create({
    errorFormatter: function (_a) {
        var shape = _a.shape, error = _a.error;
        var cause = error.cause;
        var fieldErrors = cause instanceof InputError ? cause.fieldErrors : cause instanceof zod_1.ZodError ? toFieldErrors(cause) : null;
        return __assign(__assign({}, shape), { message: cause instanceof zod_1.ZodError ? "输入有误，请检查标出的字段" : shape.message, data: __assign(__assign({}, shape.data), { fieldErrors: fieldErrors, stack: undefined }) });
    },
});
exports.router = t.router;
exports.publicProcedure = t.procedure;
exports.createCallerFactory = t.createCallerFactory;
