/**
 * Kontor API types, generated from /openapi.json by scripts/gen-api-types.mjs. Do not edit:
 * run `node scripts/gen-api-types.mjs` after changing a route schema.
 */

export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chart of accounts */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    parentId?: string;
                    q?: string;
                    status?: "active" | "archived";
                    type?: "asset" | "liability" | "equity" | "income" | "expense";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                createdAt: string;
                                currency: string;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                isGroup: boolean;
                                name: string;
                                parentId: string | null;
                                /** @enum {string} */
                                status: "active" | "archived";
                                subtype: string | null;
                                /** @enum {string} */
                                type: "asset" | "liability" | "equity" | "income" | "expense";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an account to the chart */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        currency?: string;
                        description?: string | null;
                        isGroup?: boolean;
                        name: string;
                        parentId?: string | null;
                        subtype?: ("bank" | "cash" | "receivable" | "inventory" | "fixed_asset" | "current_asset" | "prepaid" | "investment" | "payable" | "credit_card" | "loan" | "current_liability" | "customer_wallet" | "tax" | "capital" | "drawings" | "retained_earnings" | "opening_balance" | "sales" | "other_income" | "cost_of_goods_sold" | "operating_expense" | "round_off" | "other") | null;
                        /** @enum {string} */
                        type: "asset" | "liability" | "equity" | "income" | "expense";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change an account (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        description?: string | null;
                        name?: string;
                        parentId?: string | null;
                        subtype?: ("bank" | "cash" | "receivable" | "inventory" | "fixed_asset" | "current_asset" | "prepaid" | "investment" | "payable" | "credit_card" | "loan" | "current_liability" | "customer_wallet" | "tax" | "capital" | "drawings" | "retained_earnings" | "opening_balance" | "sales" | "other_income" | "cost_of_goods_sold" | "operating_expense" | "round_off" | "other") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive an account (accounts are never deleted) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            isGroup: boolean;
                            name: string;
                            parentId: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            subtype: string | null;
                            /** @enum {string} */
                            type: "asset" | "liability" | "equity" | "income" | "expense";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance of an account (or group) as of a date */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            asOf: string;
                            /** @description In the account's normal direction: positive is a debit balance for assets/expenses, credit for the others */
                            balance: string;
                            /** @description Decimal string in the named currency */
                            baseBalance: string;
                            baseCurrency: string;
                            byCurrency: {
                                /** @description Decimal string in the named currency */
                                balance: string;
                                currency: string;
                            }[];
                            currency: string;
                            /** @enum {string} */
                            normalSide: "debit" | "credit";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/apply-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a chart-of-accounts template (small_business, india, household); accounts whose codes exist are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        template: "small_business" | "india" | "household";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check your tenant's audit hash chain and name the first broken record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            firstBroken: {
                                id: string | null;
                                message: string;
                                /** @enum {string} */
                                reason: "missing" | "chain_break" | "hash_mismatch" | "beyond_head" | "head_mismatch";
                                seq: number;
                            } | null;
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant's event deliveries that ran out of retries, oldest event first */
        get: {
            parameters: {
                query?: {
                    consumer?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                consumer: string;
                                event: {
                                    actor: {
                                        id: string;
                                        /** @enum {string} */
                                        type: "user" | "api_key" | "system";
                                    } | null;
                                    data: unknown;
                                    /** Format: uuid */
                                    id: string;
                                    occurredAt: string;
                                    schemaVersion: number;
                                    tenantId: string | null;
                                    type: string;
                                };
                                /** Format: uuid */
                                eventId: string;
                                eventType: string;
                                firstFailedAt: string;
                                lastError: string;
                                lastFailedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/dead-letters/{consumer}/{eventId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a dead-lettered event to its consumer once more */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    consumer: string;
                    eventId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            consumer: string;
                            /** Format: uuid */
                            eventId: string;
                            lastError: string | null;
                            /**
                             * @description delivered: the handler succeeded now; failed: it failed again (dead again once its attempts are used up); queued: the worker running this consumer will try it
                             * @enum {string}
                             */
                            outcome: "delivered" | "failed" | "queued";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            consumer: string;
                            /** Format: uuid */
                            eventId: string;
                            lastError: string | null;
                            /**
                             * @description delivered: the handler succeeded now; failed: it failed again (dead again once its attempts are used up); queued: the worker running this consumer will try it
                             * @enum {string}
                             */
                            outcome: "delivered" | "failed" | "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys of the tenant (never the secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                permissions: string[];
                                prefix: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            lastUsedAt: string | null;
                            name: string;
                            permissions: string[];
                            prefix: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (it stops working at once) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant's audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: {
                                    id: string;
                                    /** @enum {string} */
                                    type: "user" | "api_key" | "system";
                                };
                                /** @description the entity after the change (null when deleted) */
                                after: unknown;
                                /** @description the entity before the change (null when created) */
                                before: unknown;
                                entityId: string;
                                entityType: string;
                                hash: string;
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                occurredAt: string;
                                prevHash: string;
                                requestId: string | null;
                                seq: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your two-factor authentication: on or off, recovery codes left, businesses that require it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            enabledAt: string | null;
                            /** @description Set up, waiting for the first code */
                            pending: boolean;
                            recoveryCodesRemaining: number;
                            /** @description Businesses whose policy requires two-factor authentication for your role there */
                            requiredBy: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor off: your password and a code from the app (or a recovery code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        password: string;
                        recoveryCode?: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor on with the first code from the app; answers the ten recovery codes, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            enabled: true;
                            /** @description Shown once: each works once, instead of a code from the app */
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ten new recovery codes (a code from the app is required); the old ones stop working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            enabled: true;
                            /** @description Shown once: each works once, instead of a code from the app */
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor set-up (your password again): a new secret and its otpauth:// URI for the QR code; confirm with /2fa/enable */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: string;
                            issuer: string;
                            /** @description otpauth://totp/… — render it as a QR code */
                            otpauthUri: string;
                            /** @description Base32; type it into the app if you cannot scan the QR code */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a one-time password reset code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "verification_sent" | "code_sent";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password (send X-Kontor-Client: web for the cookie flow). With two-factor on, the answer is 202 with a challenge for /login/2fa instead of tokens */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        /** Format: uuid */
                        tenantId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Opaque; send it to /api/v1/auth/login/2fa within expiresAt */
                            challenge: string;
                            expiresAt: string;
                            methods: ("totp" | "recovery_code")[];
                            /** @enum {boolean} */
                            mfaRequired: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second sign-in step: the challenge from /login and a code from the authenticator app (or a recovery code); answers like /login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        challenge: string;
                        code?: string;
                        recoveryCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session: of the bearer token, else of the refresh token in the body or the web cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    } | null;
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: signs in (web session cookies) and redirects to the web app */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    state?: string;
                };
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 302 to the provider, or back to the web app (to the sign-in page with `notice` and `oidcError` when it failed) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in with an OpenID Connect provider (a browser navigation; answers 302 to the provider) */
        get: {
            parameters: {
                query?: {
                    /** @description A path of the web app to return to after signing in */
                    redirect?: string;
                };
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 302 to the provider, or back to the web app (to the sign-in page with `notice` and `oidcError` when it failed) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect providers you can sign in with (none when none is configured) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                startUrl: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the caller may do in the business it acts in (for hiding what it cannot use; every call is still checked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Granted keys: `*` grants all, `module.*` all of one module */
                            permissions: string[];
                            tenantId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currentTenantId: string | null;
                            email: string;
                            emailVerified: boolean;
                            /** Format: uuid */
                            id: string;
                            memberships: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                            }[];
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token (body, or the web cookie plus X-CSRF-Token) for new tokens; each refresh token works once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account; a verification code is mailed (the answer is the same whether or not the address already has an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "verification_sent" | "code_sent";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new email verification code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            /** @enum {string} */
                            status: "verification_sent" | "code_sent";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a mailed reset code; ends every session of the account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** Format: email */
                        email: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionsEnded: number;
                            /** @enum {string} */
                            status: "password_reset";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your account security log: sign-ins, failed sign-ins, sign-outs, resets (newest first) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actingTenantId: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                occurredAt: string;
                                sessionId: string | null;
                                type: string;
                                userAgent: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active sessions, newest first (at most 50) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actingTenantId: string | null;
                                createdAt: string;
                                current: boolean;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                lastUsedAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions (its access and refresh tokens stop working) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/switch-tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a token for another tenant you belong to (same session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** @description Web clients: echo it in X-CSRF-Token on /refresh and /logout */
                            csrfToken?: string;
                            /** @description Seconds the access token is valid */
                            expiresIn: number;
                            /** @description When the session ends unless refreshed before */
                            refreshExpiresAt?: string;
                            /** @description Absent for web clients (it is in the httpOnly cookie) and on tenant switch */
                            refreshToken?: string;
                            /** Format: uuid */
                            sessionId: string;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            } | null;
                            /** @enum {string} */
                            tokenType: "Bearer";
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a mailed one-time code: verify_email uses it up and verifies the address; reset_password only checks it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        purpose: "verify_email" | "reset_password";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            purpose: "verify_email" | "reset_password";
                            /** @enum {boolean} */
                            verified: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bank and cash accounts with their book and last statement balances */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    cursor?: string;
                    kind?: "bank" | "cash";
                    limit?: number;
                    status?: "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accountNumberMasked: string | null;
                                bankName: string | null;
                                bic: string | null;
                                bookBalance: string;
                                createdAt: string;
                                currency: string;
                                iban: string | null;
                                /** Format: uuid */
                                id: string;
                                ifsc: string | null;
                                /** @enum {string} */
                                kind: "bank" | "cash";
                                lastStatementBalance: string | null;
                                lastStatementDate: string | null;
                                /** Format: uuid */
                                ledgerAccountId: string;
                                name: string;
                                openingBalance: {
                                    amount: string;
                                    date: string;
                                    entryId: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "active" | "archived";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a bank or cash account: link a ledger account of subtype bank/cash or have one created; an opening balance is posted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountNumber?: string | null;
                        bankName?: string | null;
                        bic?: string | null;
                        currency?: string;
                        iban?: string | null;
                        ifsc?: string | null;
                        /**
                         * @default bank
                         * @enum {string}
                         */
                        kind?: "bank" | "cash";
                        ledgerAccount?: {
                            code: string;
                            name?: string;
                        };
                        /** Format: uuid */
                        ledgerAccountId?: string;
                        name: string;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumberMasked: string | null;
                            bankName: string | null;
                            bic: string | null;
                            bookBalance: string;
                            createdAt: string;
                            currency: string;
                            iban: string | null;
                            /** Format: uuid */
                            id: string;
                            ifsc: string | null;
                            /** @enum {string} */
                            kind: "bank" | "cash";
                            lastStatementBalance: string | null;
                            lastStatementDate: string | null;
                            /** Format: uuid */
                            ledgerAccountId: string;
                            name: string;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank or cash account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumberMasked: string | null;
                            bankName: string | null;
                            bic: string | null;
                            bookBalance: string;
                            createdAt: string;
                            currency: string;
                            iban: string | null;
                            /** Format: uuid */
                            id: string;
                            ifsc: string | null;
                            /** @enum {string} */
                            kind: "bank" | "cash";
                            lastStatementBalance: string | null;
                            lastStatementDate: string | null;
                            /** Format: uuid */
                            ledgerAccountId: string;
                            name: string;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a bank account (send If-Match); a changed opening balance reverses the posted one and posts the new one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountNumber?: string | null;
                        bankName?: string | null;
                        bic?: string | null;
                        iban?: string | null;
                        ifsc?: string | null;
                        name?: string;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumberMasked: string | null;
                            bankName: string | null;
                            bic: string | null;
                            bookBalance: string;
                            createdAt: string;
                            currency: string;
                            iban: string | null;
                            /** Format: uuid */
                            id: string;
                            ifsc: string | null;
                            /** @enum {string} */
                            kind: "bank" | "cash";
                            lastStatementBalance: string | null;
                            lastStatementDate: string | null;
                            /** Format: uuid */
                            ledgerAccountId: string;
                            name: string;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a bank account (its lines and entries stay; If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumberMasked: string | null;
                            bankName: string | null;
                            bic: string | null;
                            bookBalance: string;
                            createdAt: string;
                            currency: string;
                            iban: string | null;
                            /** Format: uuid */
                            id: string;
                            ifsc: string | null;
                            /** @enum {string} */
                            kind: "bank" | "cash";
                            lastStatementBalance: string | null;
                            lastStatementDate: string | null;
                            /** Format: uuid */
                            ledgerAccountId: string;
                            name: string;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate an archived bank account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumberMasked: string | null;
                            bankName: string | null;
                            bic: string | null;
                            bookBalance: string;
                            createdAt: string;
                            currency: string;
                            iban: string | null;
                            /** Format: uuid */
                            id: string;
                            ifsc: string | null;
                            /** @enum {string} */
                            kind: "bank" | "cash";
                            lastStatementBalance: string | null;
                            lastStatementDate: string | null;
                            /** Format: uuid */
                            ledgerAccountId: string;
                            name: string;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts/{id}/statement-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statement lines of the account by date: filter by dates, status, import, text and amount */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    from?: string;
                    importId?: string;
                    limit?: number;
                    maxAmount?: string;
                    minAmount?: string;
                    q?: string;
                    status?: "unreconciled" | "reconciled" | "excluded";
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: string;
                                balance: string | null;
                                /** Format: uuid */
                                bankAccountId: string;
                                bankRef: string | null;
                                counterparty: string | null;
                                currency: string;
                                date: string;
                                description: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                importId: string;
                                reference: string | null;
                                /** @enum {string} */
                                status: "unreconciled" | "reconciled" | "excluded";
                                valueDate: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import history of the account, newest first, with counts */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                balanceStatus: "ok" | "unchecked";
                                /** Format: uuid */
                                bankAccountId: string;
                                closingBalance: string | null;
                                createdAt: string;
                                duplicateCount: number;
                                fileBytes: number;
                                fileName: string;
                                fileSha256: string;
                                format: string;
                                /** Format: uuid */
                                id: string;
                                importedCount: number;
                                lineCount: number;
                                openingBalance: string | null;
                                periodFrom: string | null;
                                periodTo: string | null;
                                statementCount: number;
                                statements: {
                                    account: string | null;
                                    availableBalance: string | null;
                                    /** @enum {string} */
                                    balanceCheck: "ok" | "mismatch" | "unchecked";
                                    closingBalance: string | null;
                                    closingDate: string | null;
                                    currency: string | null;
                                    difference: string | null;
                                    index: number;
                                    lineCount: number;
                                    openingBalance: string | null;
                                    openingDate: string | null;
                                    statementId: string | null;
                                    total: string;
                                }[];
                                warnings: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a statement file (JSON with the file base64-encoded): CSV with a mapping or preset, OFX/QFX, camt.053, camt.054 or MT940. Duplicates are skipped and counted; a balance mismatch is refused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closingBalance?: string;
                        content: string;
                        contentType?: string;
                        fileName: string;
                        /** @enum {string} */
                        format?: "csv" | "ofx" | "camt053" | "camt054" | "mt940" | "qfx";
                        mapping?: {
                            columns: {
                                amount?: string | number;
                                balance?: string | number;
                                bankRef?: string | number;
                                credit?: string | number;
                                creditDebit?: string | number;
                                date: string | number;
                                debit?: string | number;
                                description: (string | number) | (string | number)[];
                                reference?: string | number;
                                valueDate?: string | number;
                            };
                            /** @enum {string} */
                            dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                            /** @enum {string} */
                            decimalSeparator?: "." | ",";
                            /** @enum {string} */
                            delimiter?: "," | ";" | "\t" | "|";
                            hasHeader?: boolean;
                            skipRows?: number;
                        };
                        openingBalance?: string;
                        /** Format: uuid */
                        presetId?: string;
                        statementIndexes?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            balanceStatus: "ok" | "unchecked";
                            /** Format: uuid */
                            bankAccountId: string;
                            closingBalance: string | null;
                            createdAt: string;
                            duplicateCount: number;
                            fileBytes: number;
                            fileName: string;
                            fileSha256: string;
                            format: string;
                            /** Format: uuid */
                            id: string;
                            importedCount: number;
                            lineCount: number;
                            openingBalance: string | null;
                            periodFrom: string | null;
                            periodTo: string | null;
                            statementCount: number;
                            statements: {
                                account: string | null;
                                availableBalance: string | null;
                                /** @enum {string} */
                                balanceCheck: "ok" | "mismatch" | "unchecked";
                                closingBalance: string | null;
                                closingDate: string | null;
                                currency: string | null;
                                difference: string | null;
                                index: number;
                                lineCount: number;
                                openingBalance: string | null;
                                openingDate: string | null;
                                statementId: string | null;
                                total: string;
                            }[];
                            warnings: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-accounts/{id}/statements/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Parse a statement file without saving: lines (first 100 per statement), balance check, duplicates already imported */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closingBalance?: string;
                        content: string;
                        contentType?: string;
                        fileName: string;
                        /** @enum {string} */
                        format?: "csv" | "ofx" | "camt053" | "camt054" | "mt940" | "qfx";
                        mapping?: {
                            columns: {
                                amount?: string | number;
                                balance?: string | number;
                                bankRef?: string | number;
                                credit?: string | number;
                                creditDebit?: string | number;
                                date: string | number;
                                debit?: string | number;
                                description: (string | number) | (string | number)[];
                                reference?: string | number;
                                valueDate?: string | number;
                            };
                            /** @enum {string} */
                            dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                            /** @enum {string} */
                            decimalSeparator?: "." | ",";
                            /** @enum {string} */
                            delimiter?: "," | ";" | "\t" | "|";
                            hasHeader?: boolean;
                            skipRows?: number;
                        };
                        openingBalance?: string;
                        /** Format: uuid */
                        presetId?: string;
                        statementIndexes?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicateCount: number;
                            /** @enum {string} */
                            format: "csv" | "ofx" | "camt053" | "camt054" | "mt940";
                            lineCount: number;
                            statements: {
                                account: string | null;
                                availableBalance: string | null;
                                /** @enum {string} */
                                balanceCheck: "ok" | "mismatch" | "unchecked";
                                closingBalance: string | null;
                                closingDate: string | null;
                                currency: string | null;
                                difference: string | null;
                                index: number;
                                lineCount: number;
                                lines: {
                                    amount: string;
                                    balance: string | null;
                                    bankRef: string | null;
                                    counterparty: string | null;
                                    date: string;
                                    description: string;
                                    duplicate: boolean;
                                    reference: string | null;
                                    valueDate: string | null;
                                }[];
                                openingBalance: string | null;
                                openingDate: string | null;
                                statementId: string | null;
                                total: string;
                                truncated: boolean;
                            }[];
                            warnings: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statement-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved CSV column mappings */
        get: {
            parameters: {
                query?: {
                    bankName?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bankName: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                mapping: {
                                    columns: {
                                        amount?: string | number;
                                        balance?: string | number;
                                        bankRef?: string | number;
                                        credit?: string | number;
                                        creditDebit?: string | number;
                                        date: string | number;
                                        debit?: string | number;
                                        description: (string | number) | (string | number)[];
                                        reference?: string | number;
                                        valueDate?: string | number;
                                    };
                                    /** @enum {string} */
                                    dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                                    /** @enum {string} */
                                    decimalSeparator?: "." | ",";
                                    /** @enum {string} */
                                    delimiter?: "," | ";" | "\t" | "|";
                                    hasHeader?: boolean;
                                    skipRows?: number;
                                };
                                name: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a CSV column mapping for a bank */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bankName?: string | null;
                        mapping: {
                            columns: {
                                amount?: string | number;
                                balance?: string | number;
                                bankRef?: string | number;
                                credit?: string | number;
                                creditDebit?: string | number;
                                date: string | number;
                                debit?: string | number;
                                description: (string | number) | (string | number)[];
                                reference?: string | number;
                                valueDate?: string | number;
                            };
                            /** @enum {string} */
                            dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                            /** @enum {string} */
                            decimalSeparator?: "." | ",";
                            /** @enum {string} */
                            delimiter?: "," | ";" | "\t" | "|";
                            hasHeader?: boolean;
                            skipRows?: number;
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankName: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            mapping: {
                                columns: {
                                    amount?: string | number;
                                    balance?: string | number;
                                    bankRef?: string | number;
                                    credit?: string | number;
                                    creditDebit?: string | number;
                                    date: string | number;
                                    debit?: string | number;
                                    description: (string | number) | (string | number)[];
                                    reference?: string | number;
                                    valueDate?: string | number;
                                };
                                /** @enum {string} */
                                dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                                /** @enum {string} */
                                decimalSeparator?: "." | ",";
                                /** @enum {string} */
                                delimiter?: "," | ";" | "\t" | "|";
                                hasHeader?: boolean;
                                skipRows?: number;
                            };
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bank-statement-presets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved CSV mapping */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankName: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            mapping: {
                                columns: {
                                    amount?: string | number;
                                    balance?: string | number;
                                    bankRef?: string | number;
                                    credit?: string | number;
                                    creditDebit?: string | number;
                                    date: string | number;
                                    debit?: string | number;
                                    description: (string | number) | (string | number)[];
                                    reference?: string | number;
                                    valueDate?: string | number;
                                };
                                /** @enum {string} */
                                dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                                /** @enum {string} */
                                decimalSeparator?: "." | ",";
                                /** @enum {string} */
                                delimiter?: "," | ";" | "\t" | "|";
                                hasHeader?: boolean;
                                skipRows?: number;
                            };
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a saved CSV mapping (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bankName?: string | null;
                        mapping: {
                            columns: {
                                amount?: string | number;
                                balance?: string | number;
                                bankRef?: string | number;
                                credit?: string | number;
                                creditDebit?: string | number;
                                date: string | number;
                                debit?: string | number;
                                description: (string | number) | (string | number)[];
                                reference?: string | number;
                                valueDate?: string | number;
                            };
                            /** @enum {string} */
                            dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                            /** @enum {string} */
                            decimalSeparator?: "." | ",";
                            /** @enum {string} */
                            delimiter?: "," | ";" | "\t" | "|";
                            hasHeader?: boolean;
                            skipRows?: number;
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankName: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            mapping: {
                                columns: {
                                    amount?: string | number;
                                    balance?: string | number;
                                    bankRef?: string | number;
                                    credit?: string | number;
                                    creditDebit?: string | number;
                                    date: string | number;
                                    debit?: string | number;
                                    description: (string | number) | (string | number)[];
                                    reference?: string | number;
                                    valueDate?: string | number;
                                };
                                /** @enum {string} */
                                dateFormat: "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYY-MM-DD" | "DD-MMM-YYYY";
                                /** @enum {string} */
                                decimalSeparator?: "." | ",";
                                /** @enum {string} */
                                delimiter?: "," | ";" | "\t" | "|";
                                hasHeader?: boolean;
                                skipRows?: number;
                            };
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a saved CSV mapping */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendor bills, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "draft" | "posted" | "partly_paid" | "paid" | "void";
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountDebited: string;
                                amountDue: string;
                                amountPaid: string;
                                cess: string;
                                cgst: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                dueDate: string;
                                entryId: string | null;
                                exchangeRate: string;
                                id: string;
                                igst: string;
                                lines: {
                                    accountId: string | null;
                                    cess: string;
                                    cgst: string;
                                    description: string;
                                    gstRate: string;
                                    hsn: string | null;
                                    id: string;
                                    igst: string;
                                    kind: string;
                                    lineNo: number;
                                    orderLineId: string | null;
                                    productId: string | null;
                                    quantity: string;
                                    receiptLineId: string | null;
                                    returnedQuantity: string;
                                    sgst: string;
                                    taxableValue: string;
                                    total: string;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string;
                                orderId: string | null;
                                payable: string;
                                placeOfSupply: string | null;
                                reverseCharge: boolean;
                                sgst: string;
                                status: string;
                                subtotal: string;
                                supplyType: string | null;
                                taxTotal: string;
                                tds: {
                                    amount: string;
                                    deductionId: string | null;
                                    rateKey: string | null;
                                    section: string;
                                } | null;
                                total: string;
                                vendorBillDate: string;
                                vendorBillNumber: string;
                                vendorId: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter a draft vendor bill: from goods receipts, purchase-order lines or expense lines, GST computed by the tax module */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        /** Format: date */
                        dueDate?: string;
                        goodsReceiptIds?: string[];
                        lines?: {
                            /** Format: uuid */
                            accountId?: string;
                            description?: string;
                            gstRate?: string;
                            hsn?: string;
                            /** Format: uuid */
                            orderLineId?: string;
                            /** Format: uuid */
                            productId?: string;
                            quantity?: string;
                            /** Format: uuid */
                            receiptLineId?: string;
                            unitPrice?: string;
                        }[];
                        notes?: string | null;
                        /** Format: uuid */
                        orderId?: string;
                        placeOfSupply?: string;
                        reverseCharge?: boolean;
                        tds?: {
                            rateKey?: string;
                            section: string;
                        } | null;
                        /** Format: date */
                        vendorBillDate: string;
                        vendorBillNumber: string;
                        /** Format: uuid */
                        vendorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDebited: string;
                            amountDue: string;
                            amountPaid: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            igst: string;
                            lines: {
                                accountId: string | null;
                                cess: string;
                                cgst: string;
                                description: string;
                                gstRate: string;
                                hsn: string | null;
                                id: string;
                                igst: string;
                                kind: string;
                                lineNo: number;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                receiptLineId: string | null;
                                returnedQuantity: string;
                                sgst: string;
                                taxableValue: string;
                                total: string;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string | null;
                            payable: string;
                            placeOfSupply: string | null;
                            reverseCharge: boolean;
                            sgst: string;
                            status: string;
                            subtotal: string;
                            supplyType: string | null;
                            taxTotal: string;
                            tds: {
                                amount: string;
                                deductionId: string | null;
                                rateKey: string | null;
                                section: string;
                            } | null;
                            total: string;
                            vendorBillDate: string;
                            vendorBillNumber: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vendor bill */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDebited: string;
                            amountDue: string;
                            amountPaid: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            igst: string;
                            lines: {
                                accountId: string | null;
                                cess: string;
                                cgst: string;
                                description: string;
                                gstRate: string;
                                hsn: string | null;
                                id: string;
                                igst: string;
                                kind: string;
                                lineNo: number;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                receiptLineId: string | null;
                                returnedQuantity: string;
                                sgst: string;
                                taxableValue: string;
                                total: string;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string | null;
                            payable: string;
                            placeOfSupply: string | null;
                            reverseCharge: boolean;
                            sgst: string;
                            status: string;
                            subtotal: string;
                            supplyType: string | null;
                            taxTotal: string;
                            tds: {
                                amount: string;
                                deductionId: string | null;
                                rateKey: string | null;
                                section: string;
                            } | null;
                            total: string;
                            vendorBillDate: string;
                            vendorBillNumber: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace a draft bill (send If-Match); posted bills are immutable */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        /** Format: date */
                        dueDate?: string;
                        goodsReceiptIds?: string[];
                        lines?: {
                            /** Format: uuid */
                            accountId?: string;
                            description?: string;
                            gstRate?: string;
                            hsn?: string;
                            /** Format: uuid */
                            orderLineId?: string;
                            /** Format: uuid */
                            productId?: string;
                            quantity?: string;
                            /** Format: uuid */
                            receiptLineId?: string;
                            unitPrice?: string;
                        }[];
                        notes?: string | null;
                        /** Format: uuid */
                        orderId?: string;
                        placeOfSupply?: string;
                        reverseCharge?: boolean;
                        tds?: {
                            rateKey?: string;
                            section: string;
                        } | null;
                        /** Format: date */
                        vendorBillDate: string;
                        vendorBillNumber: string;
                        /** Format: uuid */
                        vendorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDebited: string;
                            amountDue: string;
                            amountPaid: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            igst: string;
                            lines: {
                                accountId: string | null;
                                cess: string;
                                cgst: string;
                                description: string;
                                gstRate: string;
                                hsn: string | null;
                                id: string;
                                igst: string;
                                kind: string;
                                lineNo: number;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                receiptLineId: string | null;
                                returnedQuantity: string;
                                sgst: string;
                                taxableValue: string;
                                total: string;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string | null;
                            payable: string;
                            placeOfSupply: string | null;
                            reverseCharge: boolean;
                            sgst: string;
                            status: string;
                            subtotal: string;
                            supplyType: string | null;
                            taxTotal: string;
                            tds: {
                                amount: string;
                                deductionId: string | null;
                                rateKey: string | null;
                                section: string;
                            } | null;
                            total: string;
                            vendorBillDate: string;
                            vendorBillNumber: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a draft bill: GRNI / expenses and input tax against Accounts Payable, TDS deducted, all in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDebited: string;
                            amountDue: string;
                            amountPaid: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            igst: string;
                            lines: {
                                accountId: string | null;
                                cess: string;
                                cgst: string;
                                description: string;
                                gstRate: string;
                                hsn: string | null;
                                id: string;
                                igst: string;
                                kind: string;
                                lineNo: number;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                receiptLineId: string | null;
                                returnedQuantity: string;
                                sgst: string;
                                taxableValue: string;
                                total: string;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string | null;
                            payable: string;
                            placeOfSupply: string | null;
                            reverseCharge: boolean;
                            sgst: string;
                            status: string;
                            subtotal: string;
                            supplyType: string | null;
                            taxTotal: string;
                            tds: {
                                amount: string;
                                deductionId: string | null;
                                rateKey: string | null;
                                section: string;
                            } | null;
                            total: string;
                            vendorBillDate: string;
                            vendorBillNumber: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a bill with nothing paid on it: every posting reversed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDebited: string;
                            amountDue: string;
                            amountPaid: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            igst: string;
                            lines: {
                                accountId: string | null;
                                cess: string;
                                cgst: string;
                                description: string;
                                gstRate: string;
                                hsn: string | null;
                                id: string;
                                igst: string;
                                kind: string;
                                lineNo: number;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                receiptLineId: string | null;
                                returnedQuantity: string;
                                sgst: string;
                                taxableValue: string;
                                total: string;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string | null;
                            payable: string;
                            placeOfSupply: string | null;
                            reverseCharge: boolean;
                            sgst: string;
                            status: string;
                            subtotal: string;
                            supplyType: string | null;
                            taxTotal: string;
                            tds: {
                                amount: string;
                                deductionId: string | null;
                                rateKey: string | null;
                                section: string;
                            } | null;
                            total: string;
                            vendorBillDate: string;
                            vendorBillNumber: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every category with its path, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                parentId: string | null;
                                path: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename or move a category (send If-Match); never under itself */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            parentId: string | null;
                            path: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an empty category */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description child categories, each of this same shape */
                                children: {
                                    [key: string]: unknown;
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit notes, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    from?: string;
                    invoiceId?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applied: string;
                                createdAt: string;
                                currency: string;
                                /** Format: uuid */
                                customerId: string;
                                date: string;
                                entryId: string;
                                exchangeRate: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                invoiceId: string;
                                lines: {
                                    description: string;
                                    hsn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    invoiceLineId: string;
                                    lineNo: number;
                                    lineTotal: string;
                                    productId: string | null;
                                    quantity: string;
                                    returnedToStock: boolean;
                                    taxableValue: string;
                                    taxAmount: string;
                                    taxComponents: {
                                        amount: string;
                                        code: string;
                                        label: string;
                                        rate: string;
                                    }[];
                                    taxRate: string;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                number: string;
                                reason: string | null;
                                returnStoreId: string | null;
                                stockEntryId: string | null;
                                subtotal: string;
                                taxes: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                    taxableValue: string;
                                }[];
                                taxTotal: string;
                                total: string;
                                unapplied: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue a credit note against invoice lines: tax reversed at the invoice rates, optional return to stock, applied to the amount due */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string | null;
                        /** Format: uuid */
                        invoiceId: string;
                        lines: {
                            /** Format: uuid */
                            invoiceLineId: string;
                            quantity: string;
                        }[];
                        reason?: string | null;
                        returnToStock?: boolean;
                        storeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: string;
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            date: string;
                            entryId: string;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            lines: {
                                description: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                invoiceLineId: string;
                                lineNo: number;
                                lineTotal: string;
                                productId: string | null;
                                quantity: string;
                                returnedToStock: boolean;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxRate: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            number: string;
                            reason: string | null;
                            returnStoreId: string | null;
                            stockEntryId: string | null;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            unapplied: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One credit note */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: string;
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            date: string;
                            entryId: string;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invoiceId: string;
                            lines: {
                                description: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                invoiceLineId: string;
                                lineNo: number;
                                lineTotal: string;
                                productId: string | null;
                                quantity: string;
                                returnedToStock: boolean;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxRate: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            number: string;
                            reason: string | null;
                            returnStoreId: string | null;
                            stockEntryId: string | null;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            unapplied: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The credit note as a PDF (application/pdf) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** customers: search (q: name, GSTIN, phone, email), filter and page */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    status?: "active" | "suspended" | "archived";
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                billingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                contacts: {
                                    email?: string | null;
                                    name: string;
                                    phone?: string | null;
                                    primary?: boolean;
                                }[];
                                createdAt: string;
                                creditLimit: string | null;
                                currency: string;
                                displayName: string;
                                gstin: string | null;
                                gstStateCode: string | null;
                                /** Format: uuid */
                                id: string;
                                isCustomer: boolean;
                                isVendor: boolean;
                                legalName: string;
                                notes: string | null;
                                openingBalance: {
                                    amount: string;
                                    date: string;
                                    entryId: string | null;
                                } | null;
                                pan: string | null;
                                paymentTermsDays: number | null;
                                /** @enum {string} */
                                registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                                shippingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "active" | "suspended" | "archived";
                                tags: string[];
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a customer; a possible duplicate (same GSTIN or email) is reported in warnings, not refused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a customer (send If-Match); a changed opening balance replaces the posted one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName?: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a customer (parties are never deleted; their entries stay in the books) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/advances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's unapplied advances (over-payments and payments before invoicing) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: string;
                            items: {
                                advance: string;
                                currency: string;
                                date: string;
                                number: string;
                                paymentId: string;
                                unapplied: string;
                            }[];
                            totals: {
                                amount: string;
                                currency: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/advances/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the customer's advances, oldest first, to invoices */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocations: {
                            amount: string;
                            /** Format: uuid */
                            invoiceId: string;
                        }[];
                        /** Format: date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advances: {
                                customerId: string;
                                items: {
                                    advance: string;
                                    currency: string;
                                    date: string;
                                    number: string;
                                    paymentId: string;
                                    unapplied: string;
                                }[];
                                totals: {
                                    amount: string;
                                    currency: string;
                                }[];
                            };
                            customerId: string;
                            payments: {
                                advance: string;
                                allocated: string;
                                allocations: {
                                    amount: string;
                                    applicationId: string | null;
                                    date: string;
                                    entryId: string;
                                    exchangeGainLoss: string;
                                    id: string;
                                    invoiceId: string;
                                    invoiceNumber: string | null;
                                    /** @enum {string} */
                                    status: "active" | "reversed";
                                    writeOff: string;
                                }[];
                                amount: string;
                                bankCharges: string;
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                date: string;
                                depositAccountId: string;
                                entryId: string;
                                exchangeRate: string;
                                id: string;
                                memo: string | null;
                                /** @enum {string} */
                                mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                                number: string;
                                reference: string | null;
                                reversal: {
                                    date: string;
                                    entryId: string;
                                    reason: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "posted" | "reversed";
                                unapplied: string;
                                updatedAt: string;
                                version: number;
                                writtenOff: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's statement from the ledger: opening balance, lines with a running balance, closing balance */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closingBalance: string;
                            currency: string;
                            from: string | null;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                credit: string;
                                date: string;
                                debit: string;
                                /** Format: uuid */
                                entryId: string;
                                lineNo: number;
                                memo: string | null;
                                reference: string | null;
                                source: string;
                            }[];
                            openingBalance: string;
                            /** Format: uuid */
                            partyId: string;
                            /** @enum {string} */
                            side: "receivable" | "payable";
                            to: string | null;
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/statement/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's statement as a PDF: opening balance, entries with running balance, closing balance, ageing of open invoices */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's wallet balance and statement (movements with the running balance, oldest first, cursor pages) */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: string;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            ledgerBalance: string;
                            statement: {
                                items: {
                                    amount: string;
                                    balanceAfter: string;
                                    counterAccountId: string;
                                    createdAt: string;
                                    currency: string;
                                    customerId: string;
                                    date: string;
                                    entryId: string;
                                    exchangeRate: string;
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    /** @enum {string} */
                                    kind: "top_up" | "spend" | "refund_in" | "refund_out" | "adjustment";
                                    memo: string | null;
                                    reason: string | null;
                                    reference: string | null;
                                    seq: number;
                                    walletId: string;
                                }[];
                                nextCursor: string | null;
                                openingBalance: string;
                            };
                            wallet: {
                                accountId: string;
                                balance: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                id: string;
                                lastMovementDate: string | null;
                                movements: number;
                                updatedAt: string;
                                version: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/wallet/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust the wallet balance with a reason (audited); the given account takes the other side */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: string;
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        exchangeRate?: string;
                        reason: string;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoice: {
                                amountDue: string;
                                amountPaid: string;
                                id: string;
                                number: string | null;
                                status: string;
                            } | null;
                            movement: {
                                amount: string;
                                balanceAfter: string;
                                counterAccountId: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                date: string;
                                entryId: string;
                                exchangeRate: string;
                                id: string;
                                invoiceId: string | null;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                kind: "top_up" | "spend" | "refund_in" | "refund_out" | "adjustment";
                                memo: string | null;
                                reason: string | null;
                                reference: string | null;
                                seq: number;
                                walletId: string;
                            };
                            wallet: {
                                accountId: string;
                                balance: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                id: string;
                                lastMovementDate: string | null;
                                movements: number;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/wallet/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund into the wallet from a credit (Dr the given account / Cr Customer Wallets) or out of it to the customer (Dr Customer Wallets / Cr bank or cash) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: string;
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        /** @enum {string} */
                        direction: "to_wallet" | "from_wallet";
                        exchangeRate?: string;
                        memo?: string | null;
                        reason?: string | null;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoice: {
                                amountDue: string;
                                amountPaid: string;
                                id: string;
                                number: string | null;
                                status: string;
                            } | null;
                            movement: {
                                amount: string;
                                balanceAfter: string;
                                counterAccountId: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                date: string;
                                entryId: string;
                                exchangeRate: string;
                                id: string;
                                invoiceId: string | null;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                kind: "top_up" | "spend" | "refund_in" | "refund_out" | "adjustment";
                                memo: string | null;
                                reason: string | null;
                                reference: string | null;
                                seq: number;
                                walletId: string;
                            };
                            wallet: {
                                accountId: string;
                                balance: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                id: string;
                                lastMovementDate: string | null;
                                movements: number;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/wallet/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spend from the wallet: against an invoice (Dr Customer Wallets / Cr receivable; the invoice is settled) or at checkout (Cr the given revenue or clearing account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId?: string;
                        amount: string;
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        exchangeRate?: string;
                        /** Format: uuid */
                        invoiceId?: string;
                        memo?: string | null;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoice: {
                                amountDue: string;
                                amountPaid: string;
                                id: string;
                                number: string | null;
                                status: string;
                            } | null;
                            movement: {
                                amount: string;
                                balanceAfter: string;
                                counterAccountId: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                date: string;
                                entryId: string;
                                exchangeRate: string;
                                id: string;
                                invoiceId: string | null;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                kind: "top_up" | "spend" | "refund_in" | "refund_out" | "adjustment";
                                memo: string | null;
                                reason: string | null;
                                reference: string | null;
                                seq: number;
                                walletId: string;
                            };
                            wallet: {
                                accountId: string;
                                balance: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                id: string;
                                lastMovementDate: string | null;
                                movements: number;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/wallet/top-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Top up the wallet: Dr the bank or cash account / Cr Customer Wallets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: string;
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        /** Format: uuid */
                        depositAccountId: string;
                        exchangeRate?: string;
                        memo?: string | null;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoice: {
                                amountDue: string;
                                amountPaid: string;
                                id: string;
                                number: string | null;
                                status: string;
                            } | null;
                            movement: {
                                amount: string;
                                balanceAfter: string;
                                counterAccountId: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                date: string;
                                entryId: string;
                                exchangeRate: string;
                                id: string;
                                invoiceId: string | null;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                kind: "top_up" | "spend" | "refund_in" | "refund_out" | "adjustment";
                                memo: string | null;
                                reason: string | null;
                                reference: string | null;
                                seq: number;
                                walletId: string;
                            };
                            wallet: {
                                accountId: string;
                                balance: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                id: string;
                                lastMovementDate: string | null;
                                movements: number;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Debit notes, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    from?: string;
                    invoiceId?: string;
                    limit?: number;
                    status?: "issued" | "partly_paid" | "paid" | "void";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountDue: string;
                                amountPaid: string;
                                buyer: {
                                    address?: string[];
                                    country?: string | null;
                                    currency?: string | null;
                                    email?: string | null;
                                    gstin?: string | null;
                                    name: string;
                                    phone?: string | null;
                                    stateCode?: string | null;
                                };
                                createdAt: string;
                                currency: string;
                                /** Format: uuid */
                                customerId: string;
                                customerName: string;
                                date: string;
                                discountTotal: string;
                                dueDate: string;
                                entryId: string | null;
                                exchangeRate: string;
                                /** Format: uuid */
                                id: string;
                                issuedAt: string | null;
                                /** @enum {string} */
                                kind: "invoice" | "debit_note";
                                lines: {
                                    deliveryLineId: string | null;
                                    description: string;
                                    discount: string;
                                    discountPercent: string;
                                    hsn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    lineNo: number;
                                    lineTotal: string;
                                    orderLineId: string | null;
                                    productId: string | null;
                                    quantity: string;
                                    storeId: string | null;
                                    taxableValue: string;
                                    taxAmount: string;
                                    taxComponents: {
                                        amount: string;
                                        code: string;
                                        label: string;
                                        rate: string;
                                    }[];
                                    taxGroupId: string | null;
                                    taxRate: string;
                                    taxRateId: string | null;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string | null;
                                originalInvoiceId: string | null;
                                overdue: boolean;
                                placeOfSupply: string | null;
                                reason: string | null;
                                reference: string | null;
                                reverseCharge: boolean;
                                roundOff: string;
                                salesOrderId: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                                stockEntryId: string | null;
                                subtotal: string;
                                supplyType: string | null;
                                /** @enum {string} */
                                taxEngine: "gst" | "vat";
                                taxes: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                    taxableValue: string;
                                }[];
                                taxTotal: string;
                                terms: string | null;
                                total: string;
                                updatedAt: string;
                                version: number;
                                voidedAt: string | null;
                                voidEntryId: string | null;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue a debit note adding to an invoice (settled by payments like an invoice) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: string | null;
                        dueDate?: string | null;
                        /** Format: uuid */
                        invoiceId: string;
                        lines: {
                            deliveryLineId?: string | null;
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            orderLineId?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One debit note */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debit-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The debit note as a PDF (application/pdf) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery notes, newest first (order, customer) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    limit?: number;
                    salesOrderId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                customerId: string;
                                customerName: string;
                                date: string;
                                entryId: string | null;
                                id: string;
                                lines: {
                                    cost: string;
                                    description: string;
                                    id: string;
                                    invoiced: string;
                                    orderLineId: string;
                                    productId: string | null;
                                    quantity: string;
                                    returned: string;
                                    returnedCost: string;
                                    storeId: string | null;
                                }[];
                                memo: string | null;
                                number: string;
                                returns: {
                                    date: string;
                                    entryId: string | null;
                                    id: string;
                                    lines: {
                                        cost: string;
                                        deliveryLineId: string;
                                        quantity: string;
                                    }[];
                                    reason: string;
                                }[];
                                salesOrderId: string;
                                salesOrderNumber: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Deliver order lines (all that is left, or the given quantities): stock issued at cost, COGS posted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        lines?: {
                            /** Format: uuid */
                            orderLineId: string;
                            quantity: string;
                            storeId?: string | null;
                        }[];
                        memo?: string | null;
                        /** Format: uuid */
                        salesOrderId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            entryId: string | null;
                            id: string;
                            lines: {
                                cost: string;
                                description: string;
                                id: string;
                                invoiced: string;
                                orderLineId: string;
                                productId: string | null;
                                quantity: string;
                                returned: string;
                                returnedCost: string;
                                storeId: string | null;
                            }[];
                            memo: string | null;
                            number: string;
                            returns: {
                                date: string;
                                entryId: string | null;
                                id: string;
                                lines: {
                                    cost: string;
                                    deliveryLineId: string;
                                    quantity: string;
                                }[];
                                reason: string;
                            }[];
                            salesOrderId: string;
                            salesOrderNumber: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery note with its returns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            entryId: string | null;
                            id: string;
                            lines: {
                                cost: string;
                                description: string;
                                id: string;
                                invoiced: string;
                                orderLineId: string;
                                productId: string | null;
                                quantity: string;
                                returned: string;
                                returnedCost: string;
                                storeId: string | null;
                            }[];
                            memo: string | null;
                            number: string;
                            returns: {
                                date: string;
                                entryId: string | null;
                                id: string;
                                lines: {
                                    cost: string;
                                    deliveryLineId: string;
                                    quantity: string;
                                }[];
                                reason: string;
                            }[];
                            salesOrderId: string;
                            salesOrderNumber: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery-notes/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One invoice (draft, or issued with `issue: true`) for the delivered, not yet invoiced goods of this and other delivery notes of the customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        deliveryNoteIds?: string[];
                        issue?: boolean;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            customerId: string;
                            id: string;
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                id: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                unitPrice: string;
                            }[];
                            number: string | null;
                            salesOrderId: string | null;
                            status: string;
                            total: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery note (challan) as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery-notes/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Goods back into stock at the cost they left with, reducing the delivered quantity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        lines?: {
                            /** Format: uuid */
                            deliveryLineId: string;
                            quantity: string;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            entryId: string | null;
                            id: string;
                            lines: {
                                cost: string;
                                description: string;
                                id: string;
                                invoiced: string;
                                orderLineId: string;
                                productId: string | null;
                                quantity: string;
                                returned: string;
                                returnedCost: string;
                                storeId: string | null;
                            }[];
                            memo: string | null;
                            number: string;
                            returns: {
                                date: string;
                                entryId: string | null;
                                id: string;
                                lines: {
                                    cost: string;
                                    deliveryLineId: string;
                                    quantity: string;
                                }[];
                                reason: string;
                            }[];
                            salesOrderId: string;
                            salesOrderNumber: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail written by the file mail port, newest first (not in production) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    tag?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                date: string;
                                /** Format: uuid */
                                id: string;
                                subject: string;
                                tag: string | null;
                                to: string[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message from the development mailbox, parsed (or raw with ?raw=1) */
        get: {
            parameters: {
                query?: {
                    /** @description 1 returns the message as message/rfc822 */
                    raw?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                contentType: string;
                                filename: string | null;
                                size: number;
                            }[];
                            cc: string[];
                            date: string;
                            from: string[];
                            html: string | null;
                            /** Format: uuid */
                            id: string;
                            messageId: string | null;
                            subject: string;
                            tag: string | null;
                            text: string;
                            to: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goods-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goods receipts, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    orderId?: string;
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                currency: string;
                                date: string;
                                entryId: string | null;
                                exchangeRate: string;
                                id: string;
                                lines: {
                                    billedQuantity: string;
                                    id: string;
                                    lineNo: number;
                                    orderLineId: string;
                                    productId: string;
                                    quantity: string;
                                    unitPrice: string;
                                    value: string;
                                }[];
                                notes: string | null;
                                number: string;
                                orderId: string;
                                storeId: string;
                                value: string;
                                vendorId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Receive goods of a confirmed purchase order (all or part, never beyond ordered): stock in at cost, Cr Stock Received Not Billed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        lines?: {
                            /** Format: uuid */
                            orderLineId: string;
                            quantity: string;
                        }[];
                        notes?: string | null;
                        /** Format: uuid */
                        orderId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            lines: {
                                billedQuantity: string;
                                id: string;
                                lineNo: number;
                                orderLineId: string;
                                productId: string;
                                quantity: string;
                                unitPrice: string;
                                value: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string;
                            storeId: string;
                            value: string;
                            vendorId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goods-receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One goods receipt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            lines: {
                                billedQuantity: string;
                                id: string;
                                lineNo: number;
                                orderLineId: string;
                                productId: string;
                                quantity: string;
                                unitPrice: string;
                                value: string;
                            }[];
                            notes: string | null;
                            number: string;
                            orderId: string;
                            storeId: string;
                            value: string;
                            vendorId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Valuation method and negative-stock policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowNegative: boolean;
                            /** @enum {string} */
                            valuation: "fifo" | "moving_average";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change the valuation method (only before the first move) or allow negative stock (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowNegative?: boolean;
                        /** @enum {string} */
                        valuation?: "fifo" | "moving_average";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowNegative: boolean;
                            /** @enum {string} */
                            valuation: "fifo" | "moving_average";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: the signed-in user (whose email it was sent to) joins the tenant; then switch to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                customRoleId: string | null;
                                customRoleName: string | null;
                                email: string;
                                joinedAt: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                userId: string;
                            };
                            /** Format: uuid */
                            tenantId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation, token in the body (preferred: URLs end up in access logs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                customRoleId: string | null;
                                customRoleName: string | null;
                                email: string;
                                joinedAt: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                userId: string;
                            };
                            /** Format: uuid */
                            tenantId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices, newest first: by status, customer, dates, overdue, or number (q) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    from?: string;
                    limit?: number;
                    overdue?: "true" | "false";
                    q?: string;
                    status?: "draft" | "issued" | "partly_paid" | "paid" | "void";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountDue: string;
                                amountPaid: string;
                                buyer: {
                                    address?: string[];
                                    country?: string | null;
                                    currency?: string | null;
                                    email?: string | null;
                                    gstin?: string | null;
                                    name: string;
                                    phone?: string | null;
                                    stateCode?: string | null;
                                };
                                createdAt: string;
                                currency: string;
                                /** Format: uuid */
                                customerId: string;
                                customerName: string;
                                date: string;
                                discountTotal: string;
                                dueDate: string;
                                entryId: string | null;
                                exchangeRate: string;
                                /** Format: uuid */
                                id: string;
                                issuedAt: string | null;
                                /** @enum {string} */
                                kind: "invoice" | "debit_note";
                                lines: {
                                    deliveryLineId: string | null;
                                    description: string;
                                    discount: string;
                                    discountPercent: string;
                                    hsn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    lineNo: number;
                                    lineTotal: string;
                                    orderLineId: string | null;
                                    productId: string | null;
                                    quantity: string;
                                    storeId: string | null;
                                    taxableValue: string;
                                    taxAmount: string;
                                    taxComponents: {
                                        amount: string;
                                        code: string;
                                        label: string;
                                        rate: string;
                                    }[];
                                    taxGroupId: string | null;
                                    taxRate: string;
                                    taxRateId: string | null;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string | null;
                                originalInvoiceId: string | null;
                                overdue: boolean;
                                placeOfSupply: string | null;
                                reason: string | null;
                                reference: string | null;
                                reverseCharge: boolean;
                                roundOff: string;
                                salesOrderId: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                                stockEntryId: string | null;
                                subtotal: string;
                                supplyType: string | null;
                                /** @enum {string} */
                                taxEngine: "gst" | "vat";
                                taxes: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                    taxableValue: string;
                                }[];
                                taxTotal: string;
                                terms: string | null;
                                total: string;
                                updatedAt: string;
                                version: number;
                                voidedAt: string | null;
                                voidEntryId: string | null;
                                warnings?: {
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft invoice (issue: true to issue it in the same call) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string | null;
                        /** Format: uuid */
                        customerId: string;
                        date?: string | null;
                        dueDate?: string | null;
                        issue?: boolean;
                        lines: {
                            deliveryLineId?: string | null;
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            orderLineId?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        salesOrderId?: string | null;
                        terms?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice with its lines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace a draft invoice (send If-Match); an issued invoice is refused with 409 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string | null;
                        /** Format: uuid */
                        customerId: string;
                        date?: string | null;
                        dueDate?: string | null;
                        lines: {
                            deliveryLineId?: string | null;
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            orderLineId?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        salesOrderId?: string | null;
                        terms?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a draft invoice; an issued invoice is refused with 409 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: number, credit check, ledger and stock postings in one transaction (If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment against one invoice (optionally writing off a small difference); Dr deposit account / Cr receivable */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: string;
                        bankCharges?: string;
                        /** Format: date */
                        date: string;
                        /** Format: uuid */
                        depositAccountId: string;
                        excessAsAdvance?: boolean;
                        exchangeRate?: string;
                        memo?: string | null;
                        /** @enum {string} */
                        mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                        reference?: string | null;
                        writeOff?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advance: string;
                            allocated: string;
                            allocations: {
                                amount: string;
                                applicationId: string | null;
                                date: string;
                                entryId: string;
                                exchangeGainLoss: string;
                                id: string;
                                invoiceId: string;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "reversed";
                                writeOff: string;
                            }[];
                            amount: string;
                            bankCharges: string;
                            baseCurrency: string;
                            createdAt: string;
                            currency: string;
                            customerId: string;
                            date: string;
                            depositAccountId: string;
                            entryId: string;
                            exchangeRate: string;
                            id: string;
                            memo: string | null;
                            /** @enum {string} */
                            mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                            number: string;
                            reference: string | null;
                            reversal: {
                                date: string;
                                entryId: string;
                                reason: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "posted" | "reversed";
                            unapplied: string;
                            updatedAt: string;
                            version: number;
                            writtenOff: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as a PDF (application/pdf) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a payment reminder now (to the customer's contacts, or `to`) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message?: string;
                        to?: string[];
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoiceId: string;
                            sentTo: string[];
                            subject: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the invoice PDF (default recipient: the customer's email) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cc?: string[];
                        message?: string | null;
                        to?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            sent: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/share-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed link the customer opens without an account (view and download); expires in 30 days unless told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresAt: string;
                            invoiceId: string;
                            pdfUrl: string;
                            token: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an issued, unsettled invoice: its ledger entry is reversed and its stock comes back (If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountDue: string;
                            amountPaid: string;
                            buyer: {
                                address?: string[];
                                country?: string | null;
                                currency?: string | null;
                                email?: string | null;
                                gstin?: string | null;
                                name: string;
                                phone?: string | null;
                                stateCode?: string | null;
                            };
                            createdAt: string;
                            currency: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            date: string;
                            discountTotal: string;
                            dueDate: string;
                            entryId: string | null;
                            exchangeRate: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            /** @enum {string} */
                            kind: "invoice" | "debit_note";
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                /** Format: uuid */
                                id: string;
                                lineNo: number;
                                lineTotal: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                storeId: string | null;
                                taxableValue: string;
                                taxAmount: string;
                                taxComponents: {
                                    amount: string;
                                    code: string;
                                    label: string;
                                    rate: string;
                                }[];
                                taxGroupId: string | null;
                                taxRate: string;
                                taxRateId: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            originalInvoiceId: string | null;
                            overdue: boolean;
                            placeOfSupply: string | null;
                            reason: string | null;
                            reference: string | null;
                            reverseCharge: boolean;
                            roundOff: string;
                            salesOrderId: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partly_paid" | "paid" | "void";
                            stockEntryId: string | null;
                            subtotal: string;
                            supplyType: string | null;
                            /** @enum {string} */
                            taxEngine: "gst" | "vat";
                            taxes: {
                                amount: string;
                                code: string;
                                label: string;
                                rate: string;
                                taxableValue: string;
                            }[];
                            taxTotal: string;
                            terms: string | null;
                            total: string;
                            updatedAt: string;
                            version: number;
                            voidedAt: string | null;
                            voidEntryId: string | null;
                            warnings?: {
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal entries, newest first */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    sourceId?: string;
                    sourceModule?: string;
                    status?: "draft" | "posted";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a journal entry: a draft, or posted with `post: true` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            baseAmount?: string;
                            credit?: string;
                            currency?: string;
                            debit?: string;
                            memo?: string | null;
                            partyId?: string | null;
                            storeId?: string | null;
                            tags?: string[];
                        }[];
                        memo?: string | null;
                        post?: boolean;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One journal entry with its lines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace a draft (send If-Match); posted entries are immutable */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            baseAmount?: string;
                            credit?: string;
                            currency?: string;
                            debit?: string;
                            memo?: string | null;
                            partyId?: string | null;
                            storeId?: string | null;
                            tags?: string[];
                        }[];
                        memo?: string | null;
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard a draft; posted entries are reversed instead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a draft (If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/journal-entries/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post the reversal of a posted entry (the correction path) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        memo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** General ledger: posted lines with running balance, filtered by account, dates, party, store, tag */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    partyId?: string;
                    storeId?: string;
                    tag?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountCurrency: string | null;
                            baseCurrency: string;
                            items: {
                                /** Format: uuid */
                                accountId: string;
                                /** @description Decimal string in the named currency */
                                baseCredit: string;
                                /** @description Decimal string in the named currency */
                                baseDebit: string;
                                /** @description Decimal string in the named currency */
                                credit: string;
                                currency: string;
                                date: string;
                                /** @description Decimal string in the named currency */
                                debit: string;
                                /** Format: uuid */
                                entryId: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                reference: string | null;
                                /** @description Only when filtered to one account, in the account's currency */
                                runningBalance: string | null;
                                /** @description Decimal string in the named currency */
                                runningBaseBalance: string;
                                source: {
                                    href: string;
                                    id: string | null;
                                    module: string;
                                };
                                storeId: string | null;
                                tags: string[];
                            }[];
                            nextCursor: string | null;
                            /** @description Decimal string in the named currency */
                            openingBaseBalance: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post up to 1000 journal entries at once, all or nothing; errors name the entry (body.entries[i]) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            /** Format: date */
                            date: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseAmount?: string;
                                credit?: string;
                                currency?: string;
                                debit?: string;
                                memo?: string | null;
                                partyId?: string | null;
                                storeId?: string | null;
                                tags?: string[];
                            }[];
                            memo?: string | null;
                            reference?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            }[];
                            lines: number;
                            posted: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/close-period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close income and expenses into retained earnings at a period end (optionally lock it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lock?: boolean;
                        /** Format: date */
                        periodEnd: string;
                        /** Format: uuid */
                        retainedEarningsAccountId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                baseCredit: string;
                                baseDebit: string;
                                credit: string;
                                currency: string;
                                debit: string;
                                lineNo: number;
                                memo: string | null;
                                partyId: string | null;
                                storeId: string | null;
                                tags: string[];
                            }[];
                            memo: string | null;
                            postedAt: string | null;
                            reference: string | null;
                            reversedById: string | null;
                            reversesId: string | null;
                            source: {
                                id: string | null;
                                module: string;
                                revision: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "posted";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export posted entries as an hledger journal (text/plain) */
        get: {
            parameters: {
                query?: {
                    format?: "hledger";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/opening-balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the opening balances (one entry; the difference goes to Opening Balance Equity); setting them again replaces them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            baseAmount?: string;
                            credit?: string;
                            currency?: string;
                            debit?: string;
                            memo?: string | null;
                            partyId?: string | null;
                            storeId?: string | null;
                            tags?: string[];
                        }[];
                        memo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            };
                            /** Format: uuid */
                            equityAccountId: string;
                            replaced: {
                                /** Format: uuid */
                                entryId: string;
                                /** Format: uuid */
                                reversalId: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates into the base currency, newest first */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        /** Add or replace rates: one per currency and date, `rate` units of base currency per unit of `currency` */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rates: {
                            currency: string;
                            /** Format: date */
                            date: string;
                            rate: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exchange rate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            rate: string;
                            /** @enum {string} */
                            source: "manual" | "csv" | "provider";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an exchange rate (posted entries keep their base amounts) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/rates/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the provider's latest reference rates (ECB), cross-rated to the base currency, and store them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currencies?: string[];
                        /** @enum {string} */
                        provider: "ecb";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
                            provider: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/rates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import rates from CSV `date,currency,rate` (all or nothing; bad rows are named by line) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                rate: string;
                                /** @enum {string} */
                                source: "manual" | "csv" | "provider";
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/revaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post unrealised exchange gain/loss at a date (reversed the next day); 200 with posted=false when nothing changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        /** Format: uuid */
                        gainLossAccountId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                carriedBase: string;
                                code: string;
                                currency: string;
                                difference: string;
                                name: string;
                                rate: string;
                                rateDate: string;
                                revaluedBase: string;
                            }[];
                            baseCurrency: string;
                            date: string;
                            entry: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            } | null;
                            gainLossAccountId: string | null;
                            posted: boolean;
                            reversal: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            } | null;
                            total: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                carriedBase: string;
                                code: string;
                                currency: string;
                                difference: string;
                                name: string;
                                rate: string;
                                rateDate: string;
                                revaluedBase: string;
                            }[];
                            baseCurrency: string;
                            date: string;
                            entry: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            } | null;
                            gainLossAccountId: string | null;
                            posted: boolean;
                            reversal: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            } | null;
                            total: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/revaluation/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a revaluation at a date would post: each open foreign balance at the closing rate against its carried base value */
        get: {
            parameters: {
                query: {
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                carriedBase: string;
                                code: string;
                                currency: string;
                                difference: string;
                                name: string;
                                rate: string;
                                rateDate: string;
                                revaluedBase: string;
                            }[];
                            baseCurrency: string;
                            date: string;
                            entry: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            } | null;
                            gainLossAccountId: string | null;
                            posted: boolean;
                            reversal: {
                                baseCurrency: string;
                                createdAt: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                lines: {
                                    /** Format: uuid */
                                    accountId: string;
                                    baseCredit: string;
                                    baseDebit: string;
                                    credit: string;
                                    currency: string;
                                    debit: string;
                                    lineNo: number;
                                    memo: string | null;
                                    partyId: string | null;
                                    storeId: string | null;
                                    tags: string[];
                                }[];
                                memo: string | null;
                                postedAt: string | null;
                                reference: string | null;
                                reversedById: string | null;
                                reversesId: string | null;
                                source: {
                                    id: string | null;
                                    module: string;
                                    revision: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "posted";
                                updatedAt: string;
                                version: number;
                            } | null;
                            total: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger settings: the lock date */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lockDate: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Set the lock date: nothing posts on or before it (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lockDate: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lockDate: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/numbering/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every document type with its number format, the next number of the current fiscal year and a preview of it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                documentType: "quotation" | "sales_order" | "delivery_note" | "invoice" | "credit_note" | "debit_note" | "payment_received" | "purchase_order" | "goods_receipt" | "bill" | "vendor_debit_note" | "vendor_payment";
                                drawn: number;
                                fiscalYear: string;
                                format: string;
                                nextNumber: number;
                                padding: number;
                                prefix: string;
                                preview: string | null;
                                resetYearly: boolean;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/numbering/series/{documentType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document type's series (figures for the fiscal year of `date`, default today) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    documentType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            documentType: "quotation" | "sales_order" | "delivery_note" | "invoice" | "credit_note" | "debit_note" | "payment_received" | "purchase_order" | "goods_receipt" | "bill" | "vendor_debit_note" | "vendor_payment";
                            drawn: number;
                            fiscalYear: string;
                            format: string;
                            nextNumber: number;
                            padding: number;
                            prefix: string;
                            preview: string | null;
                            resetYearly: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change the format (or prefix and padding), the yearly reset, or the next number (only upward once numbers were drawn); send If-Match */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentType: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        format?: string;
                        nextNumber?: number;
                        padding?: number;
                        prefix?: string;
                        resetYearly?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            documentType: "quotation" | "sales_order" | "delivery_note" | "invoice" | "credit_note" | "debit_note" | "payment_received" | "purchase_order" | "goods_receipt" | "bill" | "vendor_debit_note" | "vendor_payment";
                            drawn: number;
                            fiscalYear: string;
                            format: string;
                            nextNumber: number;
                            padding: number;
                            prefix: string;
                            preview: string | null;
                            resetYearly: boolean;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/numbering/series/{documentType}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The number the next document of this type dated `date` (default today) would get; draws nothing */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    documentType: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            /** @enum {string} */
                            documentType: "quotation" | "sales_order" | "delivery_note" | "invoice" | "credit_note" | "debit_note" | "payment_received" | "purchase_order" | "goods_receipt" | "bill" | "vendor_debit_note" | "vendor_payment";
                            fiscalYear: string;
                            nextNumber: number;
                            number: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One party, customer or vendor (needs the read permission of a role it plays) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a party (needs parties.customer.suspend for a customer, parties.vendor.suspend for a vendor; If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a party (needs parties.customer.suspend for a customer, parties.vendor.suspend for a vendor; If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parties settings: the credit-limit mode */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            creditLimitMode: "warn" | "block";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Set the credit-limit mode: warn, or block sales over the limit (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        creditLimitMode: "warn" | "block";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            creditLimitMode: "warn" | "block";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments received, newest first; filter by customer, date range and status */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    from?: string;
                    limit?: number;
                    status?: "posted" | "reversed";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                advance: string;
                                allocated: string;
                                allocations: {
                                    amount: string;
                                    applicationId: string | null;
                                    date: string;
                                    entryId: string;
                                    exchangeGainLoss: string;
                                    id: string;
                                    invoiceId: string;
                                    invoiceNumber: string | null;
                                    /** @enum {string} */
                                    status: "active" | "reversed";
                                    writeOff: string;
                                }[];
                                amount: string;
                                bankCharges: string;
                                baseCurrency: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                date: string;
                                depositAccountId: string;
                                entryId: string;
                                exchangeRate: string;
                                id: string;
                                memo: string | null;
                                /** @enum {string} */
                                mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                                number: string;
                                reference: string | null;
                                reversal: {
                                    date: string;
                                    entryId: string;
                                    reason: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "posted" | "reversed";
                                unapplied: string;
                                updatedAt: string;
                                version: number;
                                writtenOff: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a payment received: allocated to one or more of the customer's invoices, the rest kept as a customer advance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        allocations?: {
                            amount: string;
                            /** Format: uuid */
                            invoiceId: string;
                            writeOff?: string;
                        }[];
                        amount: string;
                        bankCharges?: string;
                        currency?: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: date */
                        date: string;
                        /** Format: uuid */
                        depositAccountId: string;
                        exchangeRate?: string;
                        memo?: string | null;
                        /** @enum {string} */
                        mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advance: string;
                            allocated: string;
                            allocations: {
                                amount: string;
                                applicationId: string | null;
                                date: string;
                                entryId: string;
                                exchangeGainLoss: string;
                                id: string;
                                invoiceId: string;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "reversed";
                                writeOff: string;
                            }[];
                            amount: string;
                            bankCharges: string;
                            baseCurrency: string;
                            createdAt: string;
                            currency: string;
                            customerId: string;
                            date: string;
                            depositAccountId: string;
                            entryId: string;
                            exchangeRate: string;
                            id: string;
                            memo: string | null;
                            /** @enum {string} */
                            mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                            number: string;
                            reference: string | null;
                            reversal: {
                                date: string;
                                entryId: string;
                                reason: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "posted" | "reversed";
                            unapplied: string;
                            updatedAt: string;
                            version: number;
                            writtenOff: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment with its allocations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advance: string;
                            allocated: string;
                            allocations: {
                                amount: string;
                                applicationId: string | null;
                                date: string;
                                entryId: string;
                                exchangeGainLoss: string;
                                id: string;
                                invoiceId: string;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "reversed";
                                writeOff: string;
                            }[];
                            amount: string;
                            bankCharges: string;
                            baseCurrency: string;
                            createdAt: string;
                            currency: string;
                            customerId: string;
                            date: string;
                            depositAccountId: string;
                            entryId: string;
                            exchangeRate: string;
                            id: string;
                            memo: string | null;
                            /** @enum {string} */
                            mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                            number: string;
                            reference: string | null;
                            reversal: {
                                date: string;
                                entryId: string;
                                reason: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "posted" | "reversed";
                            unapplied: string;
                            updatedAt: string;
                            version: number;
                            writtenOff: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the payment's unapplied advance to invoices (Dr Customer Advances / Cr receivable) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocations: {
                            amount: string;
                            /** Format: uuid */
                            invoiceId: string;
                        }[];
                        /** Format: date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advance: string;
                            allocated: string;
                            allocations: {
                                amount: string;
                                applicationId: string | null;
                                date: string;
                                entryId: string;
                                exchangeGainLoss: string;
                                id: string;
                                invoiceId: string;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "reversed";
                                writeOff: string;
                            }[];
                            amount: string;
                            bankCharges: string;
                            baseCurrency: string;
                            createdAt: string;
                            currency: string;
                            customerId: string;
                            date: string;
                            depositAccountId: string;
                            entryId: string;
                            exchangeRate: string;
                            id: string;
                            memo: string | null;
                            /** @enum {string} */
                            mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                            number: string;
                            reference: string | null;
                            reversal: {
                                date: string;
                                entryId: string;
                                reason: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "posted" | "reversed";
                            unapplied: string;
                            updatedAt: string;
                            version: number;
                            writtenOff: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a payment: its ledger entries are reversed and every settlement taken back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            advance: string;
                            allocated: string;
                            allocations: {
                                amount: string;
                                applicationId: string | null;
                                date: string;
                                entryId: string;
                                exchangeGainLoss: string;
                                id: string;
                                invoiceId: string;
                                invoiceNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "reversed";
                                writeOff: string;
                            }[];
                            amount: string;
                            bankCharges: string;
                            baseCurrency: string;
                            createdAt: string;
                            currency: string;
                            customerId: string;
                            date: string;
                            depositAccountId: string;
                            entryId: string;
                            exchangeRate: string;
                            id: string;
                            memo: string | null;
                            /** @enum {string} */
                            mode: "cash" | "bank_transfer" | "upi" | "cheque" | "card";
                            number: string;
                            reference: string | null;
                            reversal: {
                                date: string;
                                entryId: string;
                                reason: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "posted" | "reversed";
                            unapplied: string;
                            updatedAt: string;
                            version: number;
                            writtenOff: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment settings: the largest write-off per invoice, in base currency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            version: number;
                            writeOffLimit: string;
                        };
                    };
                };
            };
        };
        /** Change the write-off limit (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        writeOffLimit: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            version: number;
                            writeOffLimit: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission key with its description and aliases, and every alias with the keys it stands for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases: {
                                alias: string;
                                keys: string[];
                            }[];
                            items: {
                                aliases: string[];
                                description: string | null;
                                key: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price lists by name */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currency: string;
                                customerGroup: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                taxInclusive: boolean;
                                validFrom: string | null;
                                validTo: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a price list for a currency and (optionally) a customer group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        customerGroup?: string | null;
                        name: string;
                        taxInclusive?: boolean;
                        validFrom?: string | null;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One price list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a price list (send If-Match); its currency is fixed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerGroup?: string | null;
                        name?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
                        taxInclusive?: boolean;
                        validFrom?: string | null;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a price list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            customerGroup: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            taxInclusive: boolean;
                            validFrom: string | null;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-lists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A price list's items */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                minQuantity: string;
                                price: string;
                                /** Format: uuid */
                                productId: string;
                                unit: string;
                            }[];
                            /** Format: uuid */
                            priceListId: string;
                        };
                    };
                };
            };
        };
        /** Replace a price list's items: product, unit (default the base unit), minimum quantity (default 0), price */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            minQuantity?: string;
                            price: string;
                            /** Format: uuid */
                            productId: string;
                            unit?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                minQuantity: string;
                                price: string;
                                /** Format: uuid */
                                productId: string;
                                unit: string;
                            }[];
                            /** Format: uuid */
                            priceListId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products and services: q over name, SKU, barcode and HSN/SAC; a category includes its descendants */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    sort?: "name" | "sku" | "createdAt" | "updatedAt" | "-name" | "-sku" | "-createdAt" | "-updatedAt";
                    status?: "active" | "archived";
                    tag?: string;
                    type?: "goods" | "service";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                barcode: string | null;
                                baseUnit: string;
                                categoryId: string | null;
                                createdAt: string;
                                currency: string;
                                description: string | null;
                                hsnSac: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                purchasePrice: string | null;
                                salePrice: string | null;
                                sku: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                tags: string[];
                                tax: {
                                    category: string | null;
                                    cessRate: string | null;
                                    gstRate: string | null;
                                };
                                trackInventory: boolean;
                                /** @enum {string} */
                                type: "goods" | "service";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a product or service */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        barcode?: string | null;
                        baseUnit: string;
                        categoryId?: string | null;
                        cessRate?: string | null;
                        currency?: string;
                        description?: string | null;
                        gstRate?: string | null;
                        hsnSac?: string | null;
                        name: string;
                        purchasePrice?: string | null;
                        salePrice?: string | null;
                        sku: string;
                        tags?: string[];
                        taxCategory?: string | null;
                        trackInventory?: boolean;
                        /** @enum {string} */
                        type: "goods" | "service";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product or service */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a product (send If-Match); `status: active` restores an archived one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        barcode?: string | null;
                        baseUnit?: string;
                        categoryId?: string | null;
                        cessRate?: string | null;
                        currency?: string;
                        description?: string | null;
                        gstRate?: string | null;
                        hsnSac?: string | null;
                        name?: string;
                        purchasePrice?: string | null;
                        salePrice?: string | null;
                        sku?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
                        tags?: string[];
                        taxCategory?: string | null;
                        trackInventory?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a product (products are never deleted) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            barcode: string | null;
                            baseUnit: string;
                            categoryId: string | null;
                            createdAt: string;
                            currency: string;
                            description: string | null;
                            hsnSac: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purchasePrice: string | null;
                            salePrice: string | null;
                            sku: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            tags: string[];
                            tax: {
                                category: string | null;
                                cessRate: string | null;
                                gstRate: string | null;
                            };
                            trackInventory: boolean;
                            /** @enum {string} */
                            type: "goods" | "service";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots of a product per store with quantity and expiry, first expiry first */
        get: {
            parameters: {
                query?: {
                    expiringBefore?: string;
                    includeEmpty?: "true" | "false";
                    storeId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                expiresOn: string | null;
                                lot: string;
                                lotId: string;
                                quantity: string;
                                storeId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The price of a quantity: the most specific price list, else the sale price */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    customerGroup?: string;
                    date?: string;
                    quantity?: string;
                    unit?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: string;
                            currency: string;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            source: {
                                /** @enum {string} */
                                kind: "price_list" | "product";
                                minQuantity?: string;
                                price?: string;
                                /** Format: uuid */
                                priceListId?: string;
                                priceListName?: string;
                                unit?: string;
                            };
                            taxInclusive: boolean;
                            unit: string;
                            unitPrice: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/serials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Serial numbers of a product: in stock (with the store), in transit or out */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "in_stock" | "in_transit" | "out";
                    storeId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                serial: string;
                                /** @enum {string} */
                                status: "in_stock" | "in_transit" | "out";
                                storeId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/stock-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's stock moves in order, with running quantity and value */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    storeId?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                runningQuantity: string;
                                runningValue: string;
                                serials?: string[];
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who supplies a product, preferred first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                lastCost: {
                                    amount: string;
                                    currency: string;
                                    date: string | null;
                                } | null;
                                leadTimeDays: number | null;
                                preferred: boolean;
                                /** Format: uuid */
                                productId: string;
                                supplierSku: string | null;
                                /** Format: uuid */
                                vendorId: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a supplier (a vendor party) to a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lastCost?: {
                            amount: string;
                            currency: string;
                            /** Format: date */
                            date?: string;
                        } | null;
                        leadTimeDays?: number | null;
                        preferred?: boolean;
                        supplierSku?: string | null;
                        /** Format: uuid */
                        vendorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            lastCost: {
                                amount: string;
                                currency: string;
                                date: string | null;
                            } | null;
                            leadTimeDays: number | null;
                            preferred: boolean;
                            /** Format: uuid */
                            productId: string;
                            supplierSku: string | null;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/suppliers/{supplierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supplier of a product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            lastCost: {
                                amount: string;
                                currency: string;
                                date: string | null;
                            } | null;
                            leadTimeDays: number | null;
                            preferred: boolean;
                            /** Format: uuid */
                            productId: string;
                            supplierSku: string | null;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a supplier of a product (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lastCost?: {
                            amount: string;
                            currency: string;
                            /** Format: date */
                            date?: string;
                        } | null;
                        leadTimeDays?: number | null;
                        preferred?: boolean;
                        supplierSku?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            lastCost: {
                                amount: string;
                                currency: string;
                                date: string | null;
                            } | null;
                            leadTimeDays: number | null;
                            preferred: boolean;
                            /** Format: uuid */
                            productId: string;
                            supplierSku: string | null;
                            /** Format: uuid */
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a supplier from a product */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the product is tracked: none, batch (lots, with or without expiry) or serial */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            mode: "none" | "batch" | "serial";
                            productId: string;
                            requiresExpiry: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Track the product by lot or serial (or not); the mode changes only while there is no stock (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "none" | "batch" | "serial";
                        requiresExpiry?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            mode: "none" | "batch" | "serial";
                            productId: string;
                            requiresExpiry: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's base unit and alternate units */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseUnit: string;
                            units: {
                                factor: string;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the alternate units: each holds `factor` base units (a box of 12 pcs: factor 12) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        units: {
                            factor: string;
                            unit: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseUnit: string;
                            units: {
                                factor: string;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchase orders, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "draft" | "confirmed" | "partly_received" | "received" | "cancelled";
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                currency: string;
                                date: string;
                                expectedDate: string | null;
                                id: string;
                                lines: {
                                    accountId: string | null;
                                    amount: string;
                                    billedQuantity: string;
                                    description: string;
                                    gstRate: string | null;
                                    hsn: string | null;
                                    id: string;
                                    lineNo: number;
                                    productId: string | null;
                                    quantity: string;
                                    receivedQuantity: string;
                                    stocked: boolean;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string;
                                reference: string | null;
                                status: string;
                                storeId: string;
                                subtotal: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                }[];
                                taxTotal: string;
                                total: string;
                                vendorId: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft purchase order (prices default to the vendor’s last cost or the purchase price) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        expectedDate?: string | null;
                        lines: {
                            /** Format: uuid */
                            accountId?: string;
                            description?: string;
                            gstRate?: string;
                            hsn?: string;
                            /** Format: uuid */
                            productId?: string;
                            quantity: string;
                            unitPrice?: string;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string;
                        reference?: string | null;
                        /** Format: uuid */
                        storeId: string;
                        /** Format: uuid */
                        vendorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                accountId: string | null;
                                amount: string;
                                billedQuantity: string;
                                description: string;
                                gstRate: string | null;
                                hsn: string | null;
                                id: string;
                                lineNo: number;
                                productId: string | null;
                                quantity: string;
                                receivedQuantity: string;
                                stocked: boolean;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            status: string;
                            storeId: string;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                label: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One purchase order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                accountId: string | null;
                                amount: string;
                                billedQuantity: string;
                                description: string;
                                gstRate: string | null;
                                hsn: string | null;
                                id: string;
                                lineNo: number;
                                productId: string | null;
                                quantity: string;
                                receivedQuantity: string;
                                stocked: boolean;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            status: string;
                            storeId: string;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                label: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Replace a draft purchase order (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        expectedDate?: string | null;
                        lines: {
                            /** Format: uuid */
                            accountId?: string;
                            description?: string;
                            gstRate?: string;
                            hsn?: string;
                            /** Format: uuid */
                            productId?: string;
                            quantity: string;
                            unitPrice?: string;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string;
                        reference?: string | null;
                        /** Format: uuid */
                        storeId: string;
                        /** Format: uuid */
                        vendorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                accountId: string | null;
                                amount: string;
                                billedQuantity: string;
                                description: string;
                                gstRate: string | null;
                                hsn: string | null;
                                id: string;
                                lineNo: number;
                                productId: string | null;
                                quantity: string;
                                receivedQuantity: string;
                                stocked: boolean;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            status: string;
                            storeId: string;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                label: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a purchase order nothing was received or billed on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                accountId: string | null;
                                amount: string;
                                billedQuantity: string;
                                description: string;
                                gstRate: string | null;
                                hsn: string | null;
                                id: string;
                                lineNo: number;
                                productId: string | null;
                                quantity: string;
                                receivedQuantity: string;
                                stocked: boolean;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            status: string;
                            storeId: string;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                label: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft purchase order: goods can be received on it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currency: string;
                            date: string;
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                accountId: string | null;
                                amount: string;
                                billedQuantity: string;
                                description: string;
                                gstRate: string | null;
                                hsn: string | null;
                                id: string;
                                lineNo: number;
                                productId: string | null;
                                quantity: string;
                                receivedQuantity: string;
                                stocked: boolean;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            status: string;
                            storeId: string;
                            subtotal: string;
                            taxes: {
                                amount: string;
                                label: string;
                            }[];
                            taxTotal: string;
                            total: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The purchase order as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quotations, newest first (status, customer) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    limit?: number;
                    status?: "draft" | "pending_approval" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "converted" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                approvalReasons: string[];
                                approvalRequired: boolean;
                                createdAt: string;
                                createdBy: string | null;
                                currency: string;
                                customerId: string;
                                customerName: string;
                                date: string;
                                decision: {
                                    at: string | null;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                editedBy: string | null;
                                id: string;
                                lines: {
                                    amount: string;
                                    description: string;
                                    discount: string;
                                    discountPercent: string;
                                    hsn: string | null;
                                    id: string;
                                    priceSource: string;
                                    productId: string | null;
                                    quantity: string;
                                    tax: string;
                                    taxableValue: string;
                                    taxRate: string | null;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string | null;
                                placeOfSupply: string | null;
                                reference: string | null;
                                revision: number;
                                salesOrderId: string | null;
                                status: string;
                                terms: string | null;
                                totals: {
                                    discount: string;
                                    roundOff: string;
                                    subtotal: string;
                                    tax: string;
                                    taxableValue: string;
                                    taxes: {
                                        amount: string;
                                        label: string;
                                        taxableValue: string | null;
                                    }[];
                                    total: string;
                                };
                                updatedAt: string;
                                validUntil: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A draft quotation: catalog or free-text lines, priced and taxed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: date */
                        date?: string;
                        lines: {
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            productId?: string | null;
                            quantity: string;
                            taxGroupId?: string | null;
                            taxRate?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        terms?: string | null;
                        /** Format: date */
                        validUntil?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quotation (status `expired` once past its validity date) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a quotation (send If-Match): a draft in place; a submitted, approved, rejected or sent one becomes a new revision, back in draft */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: date */
                        date?: string;
                        lines: {
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            productId?: string | null;
                            quantity: string;
                            taxGroupId?: string | null;
                            taxRate?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        terms?: string | null;
                        /** Format: date */
                        validUntil?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer accepted the sent quotation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a quotation waiting for approval (not your own) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A sales order from an approved, sent or accepted quotation (once; again: 409 with the order id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirm?: boolean;
                        /** Format: date */
                        date?: string;
                        reserveStock?: boolean;
                        storeId?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer declined the sent quotation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quotation as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a quotation waiting for approval, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of a quotation, oldest first, the current one last */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                current: boolean;
                                quotation: {
                                    approvalReasons: string[];
                                    approvalRequired: boolean;
                                    currency: string;
                                    customerId: string;
                                    customerName: string;
                                    date: string;
                                    id: string;
                                    lines: {
                                        amount: string;
                                        description: string;
                                        discount: string;
                                        discountPercent: string;
                                        hsn: string | null;
                                        id: string;
                                        priceSource: string;
                                        productId: string | null;
                                        quantity: string;
                                        tax: string;
                                        taxableValue: string;
                                        taxRate: string | null;
                                        unit: string | null;
                                        unitPrice: string;
                                    }[];
                                    notes: string | null;
                                    number: string | null;
                                    placeOfSupply: string | null;
                                    reference: string | null;
                                    revision: number;
                                    status: string;
                                    terms: string | null;
                                    totals: {
                                        discount: string;
                                        roundOff: string;
                                        subtotal: string;
                                        tax: string;
                                        taxableValue: string;
                                        taxes: {
                                            amount: string;
                                            label: string;
                                            taxableValue: string | null;
                                        }[];
                                        total: string;
                                    };
                                    validUntil: string;
                                };
                                revision: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark sent (numbered); one that needs approval goes to the approvals inbox instead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotations/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for approval (numbered; without a rule that applies it is approved at once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalReasons: string[];
                            approvalRequired: boolean;
                            createdAt: string;
                            createdBy: string | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            decision: {
                                at: string | null;
                                by: string | null;
                                reason: string | null;
                            } | null;
                            editedBy: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            revision: number;
                            salesOrderId: string | null;
                            status: string;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            validUntil: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recurring invoices, newest first; filter by status or customer */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    limit?: number;
                    status?: "active" | "paused" | "finished";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                autoIssue: boolean;
                                autoSend: boolean;
                                count: number | null;
                                createdAt: string;
                                currency: string | null;
                                customerId: string;
                                dueDays: number | null;
                                endDate: string | null;
                                generatedCount: number;
                                id: string;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastPeriod: string | null;
                                lastRunAt: string | null;
                                lines: {
                                    [key: string]: unknown;
                                }[];
                                name: string;
                                nextRunDate: string | null;
                                notes: string | null;
                                placeOfSupply: string | null;
                                reference: string | null;
                                schedule: {
                                    dayOfMonth: number | null;
                                    frequency: string;
                                    interval: number | null;
                                    unit: string | null;
                                };
                                startDate: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "finished";
                                terms: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a recurring invoice: customer, lines, schedule (monthly, quarterly, yearly or every N days/weeks/months), start, end or count, due terms, auto-issue and auto-send */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        autoIssue?: boolean;
                        /** @default false */
                        autoSend?: boolean;
                        count?: number | null;
                        currency?: string | null;
                        /** Format: uuid */
                        customerId: string;
                        dueDays?: number | null;
                        endDate?: string | null;
                        lines: {
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        name?: string;
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        schedule: {
                            dayOfMonth?: number | null;
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly" | "custom";
                            interval?: number | null;
                            unit?: ("day" | "week" | "month") | null;
                        };
                        /** Format: date */
                        startDate: string;
                        terms?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoIssue: boolean;
                            autoSend: boolean;
                            count: number | null;
                            createdAt: string;
                            currency: string | null;
                            customerId: string;
                            dueDays: number | null;
                            endDate: string | null;
                            generatedCount: number;
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastPeriod: string | null;
                            lastRunAt: string | null;
                            lines: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            nextRunDate: string | null;
                            notes: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            schedule: {
                                dayOfMonth: number | null;
                                frequency: string;
                                interval: number | null;
                                unit: string | null;
                            };
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "paused" | "finished";
                            terms: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recurring invoice */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoIssue: boolean;
                            autoSend: boolean;
                            count: number | null;
                            createdAt: string;
                            currency: string | null;
                            customerId: string;
                            dueDays: number | null;
                            endDate: string | null;
                            generatedCount: number;
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastPeriod: string | null;
                            lastRunAt: string | null;
                            lines: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            nextRunDate: string | null;
                            notes: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            schedule: {
                                dayOfMonth: number | null;
                                frequency: string;
                                interval: number | null;
                                unit: string | null;
                            };
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "paused" | "finished";
                            terms: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a recurring invoice (send If-Match); invoices already made stay, the next run follows the new schedule */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        autoIssue?: boolean;
                        /** @default false */
                        autoSend?: boolean;
                        count?: number | null;
                        currency?: string | null;
                        /** Format: uuid */
                        customerId: string;
                        dueDays?: number | null;
                        endDate?: string | null;
                        lines: {
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        name?: string;
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        schedule: {
                            dayOfMonth?: number | null;
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly" | "yearly" | "custom";
                            interval?: number | null;
                            unit?: ("day" | "week" | "month") | null;
                        };
                        /** Format: date */
                        startDate: string;
                        terms?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoIssue: boolean;
                            autoSend: boolean;
                            count: number | null;
                            createdAt: string;
                            currency: string | null;
                            customerId: string;
                            dueDays: number | null;
                            endDate: string | null;
                            generatedCount: number;
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastPeriod: string | null;
                            lastRunAt: string | null;
                            lines: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            nextRunDate: string | null;
                            notes: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            schedule: {
                                dayOfMonth: number | null;
                                frequency: string;
                                interval: number | null;
                                unit: string | null;
                            };
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "paused" | "finished";
                            terms: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a recurring invoice (the invoices it made stay; If-Match optional) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoices a recurring invoice made, newest period first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                currency: string | null;
                                date: string;
                                dueDate: string | null;
                                invoiceId: string;
                                number: string | null;
                                periodDate: string;
                                periodIndex: number;
                                sendError: string | null;
                                sentAt: string | null;
                                status: string;
                                total: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: no invoices until resumed (If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoIssue: boolean;
                            autoSend: boolean;
                            count: number | null;
                            createdAt: string;
                            currency: string | null;
                            customerId: string;
                            dueDays: number | null;
                            endDate: string | null;
                            generatedCount: number;
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastPeriod: string | null;
                            lastRunAt: string | null;
                            lines: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            nextRunDate: string | null;
                            notes: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            schedule: {
                                dayOfMonth: number | null;
                                frequency: string;
                                interval: number | null;
                                unit: string | null;
                            };
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "paused" | "finished";
                            terms: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume: periods that fell due while paused are skipped (If-Match optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoIssue: boolean;
                            autoSend: boolean;
                            count: number | null;
                            createdAt: string;
                            currency: string | null;
                            customerId: string;
                            dueDays: number | null;
                            endDate: string | null;
                            generatedCount: number;
                            id: string;
                            lastError: string | null;
                            lastErrorAt: string | null;
                            lastPeriod: string | null;
                            lastRunAt: string | null;
                            lines: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            nextRunDate: string | null;
                            notes: string | null;
                            placeOfSupply: string | null;
                            reference: string | null;
                            schedule: {
                                dayOfMonth: number | null;
                                frequency: string;
                                interval: number | null;
                                unit: string | null;
                            };
                            startDate: string;
                            /** @enum {string} */
                            status: "active" | "paused" | "finished";
                            terms: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the invoices that are due now (catching up missed periods); nothing when none is due */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generated: {
                                currency: string | null;
                                date: string;
                                dueDate: string | null;
                                invoiceId: string;
                                number: string | null;
                                periodDate: string;
                                periodIndex: number;
                                sendError: string | null;
                                sentAt: string | null;
                                status: string;
                                total: string | null;
                            }[];
                            recurring: {
                                autoIssue: boolean;
                                autoSend: boolean;
                                count: number | null;
                                createdAt: string;
                                currency: string | null;
                                customerId: string;
                                dueDays: number | null;
                                endDate: string | null;
                                generatedCount: number;
                                id: string;
                                lastError: string | null;
                                lastErrorAt: string | null;
                                lastPeriod: string | null;
                                lastRunAt: string | null;
                                lines: {
                                    [key: string]: unknown;
                                }[];
                                name: string;
                                nextRunDate: string | null;
                                notes: string | null;
                                placeOfSupply: string | null;
                                reference: string | null;
                                schedule: {
                                    dayOfMonth: number | null;
                                    frequency: string;
                                    interval: number | null;
                                    unit: string | null;
                                };
                                startDate: string;
                                /** @enum {string} */
                                status: "active" | "paused" | "finished";
                                terms: string | null;
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trial balance in base currency at a date (from daily rollups) */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    includeZero?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                accountId: string;
                                code: string;
                                /** @description Decimal string in the named currency */
                                credit: string;
                                /** @description Decimal string in the named currency */
                                debit: string;
                                name: string;
                                /** @enum {string} */
                                type: "asset" | "liability" | "equity" | "income" | "expense";
                            }[];
                            asOf: string;
                            balanced: boolean;
                            currency: string;
                            totals: {
                                /** @description Decimal string in the named currency */
                                credit: string;
                                /** @description Decimal string in the named currency */
                                debit: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in and custom roles, and every permission key a role can hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aliases: {
                                alias: string;
                                keys: string[];
                            }[];
                            items: {
                                builtIn: boolean;
                                createdAt: string | null;
                                description: string | null;
                                id: string | null;
                                name: string;
                                permissions: string[];
                                updatedAt: string | null;
                                version: number | null;
                            }[];
                            permissions: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a custom role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: boolean;
                            createdAt: string | null;
                            description: string | null;
                            id: string | null;
                            name: string;
                            permissions: string[];
                            updatedAt: string | null;
                            version: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A custom role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: boolean;
                            createdAt: string | null;
                            description: string | null;
                            id: string | null;
                            name: string;
                            permissions: string[];
                            updatedAt: string | null;
                            version: number | null;
                        };
                    };
                };
            };
        };
        /** Change a custom role (If-Match); members holding it get the new permissions at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtIn: boolean;
                            createdAt: string | null;
                            description: string | null;
                            id: string | null;
                            name: string;
                            permissions: string[];
                            updatedAt: string | null;
                            version: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a custom role nobody holds */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales orders, newest first, with fulfilment per line */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: string;
                    limit?: number;
                    status?: "draft" | "confirmed" | "closed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                creditWarning: {
                                    code: string;
                                    message: string;
                                } | null;
                                currency: string;
                                customerId: string;
                                customerName: string;
                                date: string;
                                deliveryNoteIds: string[];
                                expectedDate: string | null;
                                id: string;
                                lines: {
                                    amount: string;
                                    delivered: string;
                                    description: string;
                                    discount: string;
                                    discountPercent: string;
                                    hsn: string | null;
                                    id: string;
                                    invoiced: string;
                                    ordered: string;
                                    priceSource: string;
                                    productId: string | null;
                                    quantity: string;
                                    reserved: string;
                                    returned: string;
                                    stocked: boolean;
                                    storeId: string | null;
                                    tax: string;
                                    taxableValue: string;
                                    taxRate: string | null;
                                    toDeliver: string;
                                    toInvoice: string;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string | null;
                                placeOfSupply: string | null;
                                quotationId: string | null;
                                reference: string | null;
                                reserveStock: boolean;
                                status: string;
                                storeId: string | null;
                                terms: string | null;
                                totals: {
                                    discount: string;
                                    roundOff: string;
                                    subtotal: string;
                                    tax: string;
                                    taxableValue: string;
                                    taxes: {
                                        amount: string;
                                        label: string;
                                        taxableValue: string | null;
                                    }[];
                                    total: string;
                                };
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A sales order (draft, or confirmed with `confirm: true`: credit check, number, stock reservation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirm?: boolean;
                        currency?: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: date */
                        date?: string;
                        expectedDate?: string | null;
                        lines: {
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRate?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        reserveStock?: boolean;
                        storeId?: string | null;
                        terms?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sales order: ordered, delivered, returned, invoiced and reserved per line */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a draft sales order (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirm?: boolean;
                        currency?: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: date */
                        date?: string;
                        expectedDate?: string | null;
                        lines: {
                            description?: string | null;
                            discountPercent?: string | null;
                            hsn?: string | null;
                            productId?: string | null;
                            quantity: string;
                            storeId?: string | null;
                            taxGroupId?: string | null;
                            taxRate?: string | null;
                            taxRateId?: string | null;
                            unit?: string | null;
                            unitPrice?: string | null;
                        }[];
                        notes?: string | null;
                        placeOfSupply?: string | null;
                        reference?: string | null;
                        reserveStock?: boolean;
                        storeId?: string | null;
                        terms?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order nothing was delivered or invoiced on; reservations are released */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a confirmed order short; reservations are released */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a draft order: number, credit check (warn or block), stock reservation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            creditWarning: {
                                code: string;
                                message: string;
                            } | null;
                            currency: string;
                            customerId: string;
                            customerName: string;
                            date: string;
                            deliveryNoteIds: string[];
                            expectedDate: string | null;
                            id: string;
                            lines: {
                                amount: string;
                                delivered: string;
                                description: string;
                                discount: string;
                                discountPercent: string;
                                hsn: string | null;
                                id: string;
                                invoiced: string;
                                ordered: string;
                                priceSource: string;
                                productId: string | null;
                                quantity: string;
                                reserved: string;
                                returned: string;
                                stocked: boolean;
                                storeId: string | null;
                                tax: string;
                                taxableValue: string;
                                taxRate: string | null;
                                toDeliver: string;
                                toInvoice: string;
                                unit: string | null;
                                unitPrice: string;
                            }[];
                            notes: string | null;
                            number: string | null;
                            placeOfSupply: string | null;
                            quotationId: string | null;
                            reference: string | null;
                            reserveStock: boolean;
                            status: string;
                            storeId: string | null;
                            terms: string | null;
                            totals: {
                                discount: string;
                                roundOff: string;
                                subtotal: string;
                                tax: string;
                                taxableValue: string;
                                taxes: {
                                    amount: string;
                                    label: string;
                                    taxableValue: string | null;
                                }[];
                                total: string;
                            };
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An invoice (draft, or issued with `issue: true`) for what is not invoiced yet, or the given lines; delivered units are not issued from stock again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                        issue?: boolean;
                        lines?: {
                            /** Format: uuid */
                            orderLineId: string;
                            quantity: string;
                        }[];
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            currency: string;
                            customerId: string;
                            id: string;
                            lines: {
                                deliveryLineId: string | null;
                                description: string;
                                id: string;
                                orderLineId: string | null;
                                productId: string | null;
                                quantity: string;
                                unitPrice: string;
                            }[];
                            number: string | null;
                            salesOrderId: string | null;
                            status: string;
                            total: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-orders/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sales order as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/approval-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quotation approval rules: a line discount or total above these needs a manager */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maxDiscountPercent: string | null;
                            maxTotal: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Set the approval rules (null turns a rule off; send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        maxDiscountPercent: string | null;
                        maxTotal: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maxDiscountPercent: string | null;
                            maxTotal: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approvals inbox: quotations waiting for approval, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                approvalReasons: string[];
                                approvalRequired: boolean;
                                createdAt: string;
                                createdBy: string | null;
                                currency: string;
                                customerId: string;
                                customerName: string;
                                date: string;
                                decision: {
                                    at: string | null;
                                    by: string | null;
                                    reason: string | null;
                                } | null;
                                editedBy: string | null;
                                id: string;
                                lines: {
                                    amount: string;
                                    description: string;
                                    discount: string;
                                    discountPercent: string;
                                    hsn: string | null;
                                    id: string;
                                    priceSource: string;
                                    productId: string | null;
                                    quantity: string;
                                    tax: string;
                                    taxableValue: string;
                                    taxRate: string | null;
                                    unit: string | null;
                                    unitPrice: string;
                                }[];
                                notes: string | null;
                                number: string | null;
                                placeOfSupply: string | null;
                                reference: string | null;
                                revision: number;
                                salesOrderId: string | null;
                                status: string;
                                terms: string | null;
                                totals: {
                                    discount: string;
                                    roundOff: string;
                                    subtotal: string;
                                    tax: string;
                                    taxableValue: string;
                                    taxes: {
                                        amount: string;
                                        label: string;
                                        taxableValue: string | null;
                                    }[];
                                    total: string;
                                };
                                updatedAt: string;
                                validUntil: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/reminder-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment-reminder schedule: stages relative to the due date, on/off, email template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            enabled: boolean;
                            placeholders: string[];
                            stages: {
                                key: string;
                                offsetDays: number;
                            }[];
                            subject: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Set the payment-reminder schedule (send If-Match; "v0" before the first save). Placeholders: {{customerName}}, {{invoiceNumber}}, {{amountDue}}, {{dueDate}}, {{link}}, … */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        enabled: boolean;
                        stages: {
                            offsetDays: number;
                        }[];
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            enabled: boolean;
                            placeholders: string[];
                            stages: {
                                key: string;
                                offsetDays: number;
                            }[];
                            subject: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoice settings: UPI payee, default notes and terms, footer, round-off */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultNotes: string | null;
                            defaultTerms: string | null;
                            invoiceFooter: string | null;
                            roundTotal: boolean;
                            upiPayeeName: string | null;
                            upiVpa: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change the invoice settings (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defaultNotes?: string | null;
                        defaultTerms?: string | null;
                        invoiceFooter?: string | null;
                        roundTotal?: boolean;
                        upiPayeeName?: string | null;
                        upiVpa?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultNotes: string | null;
                            defaultTerms: string | null;
                            invoiceFooter: string | null;
                            roundTotal: boolean;
                            upiPayeeName: string | null;
                            upiVpa: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/share-links/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the link secret: every invoice link shared so far stops working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generation: number;
                            rotatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock on hand per store and product (non-zero) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    productId?: string;
                    storeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                productId: string;
                                productName?: string;
                                quantity: string;
                                sku?: string;
                                storeId: string;
                                /** @enum {string} */
                                tracking?: "none" | "batch" | "serial";
                                unitCost: string;
                                value: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust stock up or down with a reason; against the Stock Adjustment account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        lines: {
                            lots?: {
                                expiresOn?: string | null;
                                lot: string;
                                quantity: string;
                            }[];
                            memo?: string | null;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            serials?: string[];
                            unitCost?: string;
                        }[];
                        reason: string;
                        /** Format: uuid */
                        storeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documentId: string;
                            entryId: string | null;
                            moves: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                serials?: string[];
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count sheets, newest first: by store and status (open, posted) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "open" | "posted";
                    storeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                countedCount: number;
                                date: string;
                                id: string;
                                lineCount: number;
                                memo: string | null;
                                /** @enum {string} */
                                status: "open" | "posted";
                                storeId: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a count sheet for a store: expected quantities are snapshotted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        memo?: string | null;
                        productIds?: string[];
                        /** Format: uuid */
                        storeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                lots?: {
                                    counted: string;
                                    expiresOn?: string | null;
                                    lot: string;
                                }[];
                                productId: string;
                                productName?: string;
                                serials?: string[];
                                sku?: string;
                                unitCost?: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/counts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One count sheet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                lots?: {
                                    counted: string;
                                    expiresOn?: string | null;
                                    lot: string;
                                }[];
                                productId: string;
                                productName?: string;
                                serials?: string[];
                                sku?: string;
                                unitCost?: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/counts/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter counted quantities (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            counted: string;
                            lots?: {
                                counted: string;
                                expiresOn?: string | null;
                                lot: string;
                            }[];
                            /** Format: uuid */
                            productId: string;
                            serials?: string[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                lots?: {
                                    counted: string;
                                    expiresOn?: string | null;
                                    lot: string;
                                }[];
                                productId: string;
                                productName?: string;
                                serials?: string[];
                                sku?: string;
                                unitCost?: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/counts/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a count: adjustments to the counted quantities and their ledger entry, in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adjustments: number;
                            date: string;
                            entryId: string | null;
                            id: string;
                            lines: {
                                counted: string | null;
                                difference: string | null;
                                expected: string;
                                lots?: {
                                    counted: string;
                                    expiresOn?: string | null;
                                    lot: string;
                                }[];
                                productId: string;
                                productName?: string;
                                serials?: string[];
                                sku?: string;
                                unitCost?: string;
                            }[];
                            memo: string | null;
                            /** @enum {string} */
                            status: "open" | "posted";
                            storeId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots with stock expiring before a date (default: in the next 30 days), earliest first */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    storeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            before: string;
                            items: {
                                expiresOn: string | null;
                                lot: string;
                                lotId: string;
                                productId: string;
                                productName?: string;
                                quantity: string;
                                sku?: string;
                                storeId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue stock from a store at its FIFO or average cost; Dr Cost of Goods Sold (or the given account) / Cr Inventory */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId?: string;
                        /** Format: date */
                        date: string;
                        lines: {
                            lots?: {
                                expiresOn?: string | null;
                                lot: string;
                                quantity: string;
                            }[];
                            memo?: string | null;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            serials?: string[];
                        }[];
                        memo?: string | null;
                        /** Format: uuid */
                        storeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documentId: string;
                            entryId: string | null;
                            moves: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                serials?: string[];
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive stock into a store (all lines or none); Dr Inventory / Cr Stock Received Not Billed or the given account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        counterAccountId?: string;
                        /** Format: date */
                        date: string;
                        lines: {
                            lots?: {
                                expiresOn?: string | null;
                                lot: string;
                                quantity: string;
                            }[];
                            memo?: string | null;
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            serials?: string[];
                            unitCost: string;
                        }[];
                        memo?: string | null;
                        opening?: boolean;
                        /** Format: uuid */
                        storeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documentId: string;
                            entryId: string | null;
                            moves: {
                                correction: string;
                                date: string;
                                documentId: string;
                                documentType: string;
                                entryId: string | null;
                                id: string;
                                kind: string;
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                memo: string | null;
                                productId: string;
                                quantity: string;
                                reason: string | null;
                                serials?: string[];
                                storeId: string;
                                unitCost: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/reorder-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reorder levels with stock on hand; lowOnly=true for the reorder report */
        get: {
            parameters: {
                query?: {
                    lowOnly?: "true" | "false";
                    productId?: string;
                    storeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                level: string;
                                low: boolean;
                                productId: string;
                                productName?: string;
                                quantity: string;
                                sku?: string;
                                storeId: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Set (or clear with null) the reorder level of a product in a store */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        level: string | null;
                        /** Format: uuid */
                        productId: string;
                        /** Format: uuid */
                        storeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                level: string;
                                low: boolean;
                                productId: string;
                                productName?: string;
                                quantity: string;
                                sku?: string;
                                storeId: string;
                            } | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers, newest dispatch first: by status, store (from or to) and dispatch date range */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    status?: "in_transit" | "received";
                    storeId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dispatchDate: string;
                                fromStoreId: string;
                                id: string;
                                lines: {
                                    lots?: {
                                        expiresOn: string | null;
                                        lot: string;
                                        quantity: string;
                                    }[];
                                    productId: string;
                                    productName?: string;
                                    quantity: string;
                                    serials?: string[];
                                    sku?: string;
                                    value: string;
                                }[];
                                memo: string | null;
                                receiveDate: string | null;
                                /** @enum {string} */
                                status: "in_transit" | "received";
                                toStoreId: string;
                                value: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transfer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dispatchDate: string;
                            fromStoreId: string;
                            id: string;
                            lines: {
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                productId: string;
                                productName?: string;
                                quantity: string;
                                serials?: string[];
                                sku?: string;
                                value: string;
                            }[];
                            memo: string | null;
                            receiveDate: string | null;
                            /** @enum {string} */
                            status: "in_transit" | "received";
                            toStoreId: string;
                            value: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/transfers/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive a dispatched transfer into the destination store */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dispatchDate: string;
                            fromStoreId: string;
                            id: string;
                            lines: {
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                productId: string;
                                productName?: string;
                                quantity: string;
                                serials?: string[];
                                sku?: string;
                                value: string;
                            }[];
                            memo: string | null;
                            receiveDate: string | null;
                            /** @enum {string} */
                            status: "in_transit" | "received";
                            toStoreId: string;
                            value: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores and branches, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                archivedAt: string | null;
                                code: string | null;
                                createdAt: string;
                                gstin: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                stateCode: string | null;
                                /** @enum {string} */
                                status: "active" | "archived";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a store (plan limits apply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        code?: string | null;
                        gstin?: string | null;
                        name: string;
                        stateCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a store (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        code?: string | null;
                        gstin?: string | null;
                        name?: string;
                        stateCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a store (it no longer counts against the plan) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            archivedAt: string | null;
                            code: string | null;
                            createdAt: string;
                            gstin: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            stateCode: string | null;
                            /** @enum {string} */
                            status: "active" | "archived";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock value, movement in a period (default: this month) and top items by value */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    top?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            movement: {
                                kind: string;
                                moves: number;
                                quantity: string;
                                value: string;
                            }[];
                            products: number;
                            stockValue: string;
                            storeId: string;
                            to: string;
                            topItems: {
                                productId: string;
                                quantity: string;
                                value: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move stock between stores at the source cost: direct, or dispatched (in transit) and received later */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        /** Format: uuid */
                        fromStoreId: string;
                        lines: {
                            lots?: {
                                expiresOn?: string | null;
                                lot: string;
                                quantity: string;
                            }[];
                            /** Format: uuid */
                            productId: string;
                            quantity: string;
                            serials?: string[];
                        }[];
                        memo?: string | null;
                        /**
                         * @default direct
                         * @enum {string}
                         */
                        mode?: "direct" | "dispatch";
                        /** Format: uuid */
                        toStoreId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dispatchDate: string;
                            fromStoreId: string;
                            id: string;
                            lines: {
                                lots?: {
                                    expiresOn: string | null;
                                    lot: string;
                                    quantity: string;
                                }[];
                                productId: string;
                                productName?: string;
                                quantity: string;
                                serials?: string[];
                                sku?: string;
                                value: string;
                            }[];
                            memo: string | null;
                            receiveDate: string | null;
                            /** @enum {string} */
                            status: "in_transit" | "received";
                            toStoreId: string;
                            value: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax on one line given in query parameters (GST for Indian businesses, VAT/sales tax otherwise) */
        get: {
            parameters: {
                query?: {
                    amount?: string;
                    buyerCountry?: string;
                    buyerGstin?: string;
                    buyerStateCode?: string;
                    category?: string;
                    date?: string;
                    discount?: string;
                    hsn?: string;
                    inclusive?: "true" | "false";
                    kind?: "goods" | "service";
                    partyId?: string;
                    quantity?: string;
                    rate?: string;
                    taxGroupId?: string;
                    taxRateId?: string;
                    unitPrice?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            currency: "INR";
                            /** @enum {string} */
                            engine: "gst";
                            result: unknown;
                        } | {
                            currency: string;
                            /** @enum {string} */
                            engine: "vat";
                            result: {
                                lines: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    exemptReason: string | null;
                                    gross: string;
                                    index: number;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                }[];
                                pricesInclusive: boolean;
                                /** @enum {string} */
                                rounding: "line" | "document";
                                totals: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    gross: string;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Tax on a document (GST for Indian businesses, VAT/sales tax otherwise); nothing is stored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        buyer?: {
                            country?: string;
                            gstin?: string;
                            /** @enum {string} */
                            registration?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            stateCode?: string;
                        };
                        /** Format: date */
                        date?: string;
                        deliveryStateCode?: string;
                        /** @enum {string} */
                        documentType?: "invoice" | "credit_note" | "debit_note";
                        lines: {
                            amount?: string;
                            category?: string;
                            discount?: string;
                            /** @enum {string} */
                            gstCategory?: "taxable" | "nil_rated" | "exempt" | "non_gst";
                            hsn?: string;
                            item?: string;
                            /** @enum {string} */
                            kind?: "goods" | "service";
                            priceIncludesTax?: boolean;
                            quantity?: string;
                            rate?: string;
                            reverseCharge?: boolean;
                            /** Format: uuid */
                            taxGroupId?: string;
                            /** Format: uuid */
                            taxRateId?: string;
                            unitPrice?: string;
                        }[];
                        /** Format: uuid */
                        partyId?: string;
                        placeOfSupply?: string;
                        pricesInclusive?: boolean;
                        reverseCharge?: boolean;
                        /** @enum {string} */
                        rounding?: "line" | "document";
                        roundOff?: boolean;
                        /** @enum {string} */
                        zeroRated?: "with_payment" | "lut";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            currency: "INR";
                            /** @enum {string} */
                            engine: "gst";
                            result: unknown;
                        } | {
                            currency: string;
                            /** @enum {string} */
                            engine: "vat";
                            result: {
                                lines: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    exemptReason: string | null;
                                    gross: string;
                                    index: number;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                }[];
                                pricesInclusive: boolean;
                                /** @enum {string} */
                                rounding: "line" | "document";
                                totals: {
                                    components: {
                                        amount: string;
                                        base: string;
                                        code: string;
                                        compound: boolean;
                                        name: string;
                                        rate: string;
                                        retention: boolean;
                                    }[];
                                    gross: string;
                                    net: string;
                                    payable: string;
                                    retention: string;
                                    tax: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/custom-hsn-codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant HSN/SAC code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cessRate: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            effectiveFrom: string;
                            gstRate: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "services";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a tenant HSN/SAC code (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cessRate?: string | null;
                        description?: string;
                        /** Format: date */
                        effectiveFrom?: string;
                        gstRate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cessRate: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            effectiveFrom: string;
                            gstRate: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "services";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a tenant HSN/SAC code (the published rate applies again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax exemptions of parties and categories */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    partyId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string | null;
                                certificate: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                partyId: string | null;
                                reason: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Exempt a party, a category, or a category for one party */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string;
                        certificate?: string;
                        /** Format: uuid */
                        partyId?: string;
                        reason: string;
                        /** Format: date */
                        validFrom: string;
                        /** Format: date */
                        validTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            certificate: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reason: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/exemptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tax exemption */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            certificate: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reason: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a tax exemption */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax groups with their ordered components */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                components: {
                                    archived: boolean;
                                    code: string;
                                    compound: boolean;
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    inclusive: boolean;
                                    jurisdiction: string;
                                    /** @enum {string} */
                                    kind: "tax" | "retention";
                                    name: string;
                                    percent: string;
                                    updatedAt: string;
                                    version: number;
                                }[];
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tax group: rates applied in order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        rateIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            components: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tax group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            components: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename a tax group or replace its components (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        rateIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            components: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a tax group */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/gstin/{gstin}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a GSTIN: format, state code, PAN, entity type and mod-36 check character */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    gstin: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entityNumber: number | null;
                            entityType: string | null;
                            gstin: string;
                            pan: string | null;
                            problem: ("length" | "format" | "state" | "checksum") | null;
                            stateCode: string | null;
                            stateName: string | null;
                            valid: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/hsn-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search HSN/SAC codes: a code prefix lists codes under it, words match descriptions (best first); rates in force on `date` */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    date?: string;
                    kind?: "chapter" | "goods" | "services";
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cessNote: string | null;
                                cessRate: string | null;
                                code: string;
                                description: string;
                                effectiveFrom: string | null;
                                gstRate: string | null;
                                id: string | null;
                                /** @enum {string} */
                                kind: "chapter" | "goods" | "services";
                                /** @enum {string} */
                                source: "master" | "tenant";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tenant HSN/SAC code, or the tenant’s own rate for a published code, from a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cessRate?: string | null;
                        code: string;
                        description: string;
                        /** Format: date */
                        effectiveFrom: string;
                        gstRate: string;
                        /** @enum {string} */
                        kind: "goods" | "services";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cessRate: string | null;
                            code: string;
                            createdAt: string;
                            description: string;
                            effectiveFrom: string;
                            gstRate: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "goods" | "services";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/hsn-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSN/SAC code with its rate history */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cessNote: string | null;
                            cessRate: string | null;
                            code: string;
                            description: string;
                            effectiveFrom: string | null;
                            gstRate: string | null;
                            history: {
                                cessNote: string | null;
                                cessRate: string | null;
                                effectiveFrom: string;
                                gstRate: string;
                                /** @enum {string} */
                                source: "master" | "tenant";
                            }[];
                            id: string | null;
                            /** @enum {string} */
                            kind: "chapter" | "goods" | "services";
                            /** @enum {string} */
                            source: "master" | "tenant";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax rates (VAT, sales tax, retentions), oldest first */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                    cursor?: string;
                    jurisdiction?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                archived: boolean;
                                code: string;
                                compound: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                inclusive: boolean;
                                jurisdiction: string;
                                /** @enum {string} */
                                kind: "tax" | "retention";
                                name: string;
                                percent: string;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tax rate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        compound?: boolean;
                        inclusive?: boolean;
                        jurisdiction: string;
                        /** @enum {string} */
                        kind?: "tax" | "retention";
                        name: string;
                        percent: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            code: string;
                            compound: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            inclusive: boolean;
                            jurisdiction: string;
                            /** @enum {string} */
                            kind: "tax" | "retention";
                            name: string;
                            percent: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tax rate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            code: string;
                            compound: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            inclusive: boolean;
                            jurisdiction: string;
                            /** @enum {string} */
                            kind: "tax" | "retention";
                            name: string;
                            percent: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change or archive a tax rate (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        archived?: boolean;
                        compound?: boolean;
                        inclusive?: boolean;
                        jurisdiction?: string;
                        name?: string;
                        percent?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            code: string;
                            compound: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            inclusive: boolean;
                            jurisdiction: string;
                            /** @enum {string} */
                            kind: "tax" | "retention";
                            name: string;
                            percent: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a tax rate no group uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/rates/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a country's default rates and groups (IN, DE, GB, US, MX; default: the tenant's country); existing codes are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            groupsCreated: number;
                            note: string;
                            ratesCreated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/tds/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute TDS/TCS on a payment (nothing is recorded) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: string;
                        /** Format: date */
                        date: string;
                        pan: string | null;
                        rateKey?: string;
                        section: string;
                        yearToDate?: {
                            amount: string;
                            taxedAmount: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            base: string;
                            citation: string;
                            deduction: string;
                            dueDate: string;
                            financialYear: string;
                            /** @enum {string} */
                            kind: "tds" | "tcs";
                            noPan: boolean;
                            noPanCitation: string | null;
                            percent: string;
                            rateKey: string;
                            reason: string;
                            section: string;
                            thresholdCrossedNow: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/tds/deductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded TDS/TCS deductions, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    financialYear?: string;
                    limit?: number;
                    partyId?: string;
                    section?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: string;
                                base: string;
                                createdAt: string;
                                deductedOn: string;
                                deduction: string;
                                dueDate: string;
                                financialYear: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                /** Format: uuid */
                                partyId: string;
                                percent: string;
                                reference: string | null;
                                section: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a payment to a party under a section with the tax deducted on it (thresholds from the party's year to date); due on the 7th of the next month */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: string;
                        /** Format: date */
                        date: string;
                        pan: string | null;
                        /** Format: uuid */
                        partyId: string;
                        rateKey?: string;
                        reference?: string;
                        section: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            computation: {
                                base: string;
                                citation: string;
                                deduction: string;
                                dueDate: string;
                                financialYear: string;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                noPan: boolean;
                                noPanCitation: string | null;
                                percent: string;
                                rateKey: string;
                                reason: string;
                                section: string;
                                thresholdCrossedNow: boolean;
                            };
                            deduction: {
                                amount: string;
                                base: string;
                                createdAt: string;
                                deductedOn: string;
                                deduction: string;
                                dueDate: string;
                                financialYear: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                /** Format: uuid */
                                partyId: string;
                                percent: string;
                                reference: string | null;
                                section: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/tds/deductions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recorded TDS/TCS deduction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: string;
                            base: string;
                            createdAt: string;
                            deductedOn: string;
                            deduction: string;
                            dueDate: string;
                            financialYear: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "tds" | "tcs";
                            /** Format: uuid */
                            partyId: string;
                            percent: string;
                            reference: string | null;
                            section: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/tds/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TDS/TCS sections with rates and thresholds (those in force on `date`, or every version) */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                aggregateThreshold: string | null;
                                citation: string;
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                /** @enum {string} */
                                kind: "tds" | "tcs";
                                nature: string;
                                noPan: {
                                    citation: string;
                                    fixed?: string;
                                    floor?: string;
                                    times?: number;
                                };
                                note?: string;
                                rates: {
                                    key: string;
                                    label: string;
                                    percent: string;
                                }[];
                                section: string;
                                singleThreshold: string | null;
                                /** @enum {string} */
                                thresholdBasis: "whole" | "excess";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a business; you become its owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseCurrency: string;
                        countryCode: string;
                        fiscalYearStartMonth?: number;
                        gstin?: string | null;
                        /** @description GST registration type (India): regular, composition, sez or unregistered; null derives it from the GSTIN */
                        gstRegistration?: ("regular" | "composition" | "sez" | "unregistered") | null;
                        /** @enum {string} */
                        kind?: "business" | "household";
                        legalName?: string | null;
                        name: string;
                        stateCode?: string | null;
                        timezone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your current tenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change tenant settings (send If-Match with the ETag you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fiscalYearStartMonth?: number;
                        gstin?: string | null;
                        /** @description GST registration type (India): regular, composition, sez or unregistered; null derives it from the GSTIN */
                        gstRegistration?: ("regular" | "composition" | "sez" | "unregistered") | null;
                        /** @enum {string} */
                        kind?: "business" | "household";
                        legalName?: string | null;
                        name?: string;
                        stateCode?: string | null;
                        timezone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                acceptedAt: string | null;
                                createdAt: string;
                                customRoleId: string | null;
                                email: string;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                invitedBy: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** @enum {string} */
                                status: "open" | "accepted" | "revoked" | "expired";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an open invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the tenant with their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customRoleId: string | null;
                                customRoleName: string | null;
                                email: string;
                                joinedAt: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                                /** Format: uuid */
                                userId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite someone by email; they get a one-time link valid 7 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customRoleId?: string;
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            createdAt: string;
                            customRoleId: string | null;
                            email: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            invitedBy: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            /** @enum {string} */
                            status: "open" | "accepted" | "revoked" | "expired";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a member's role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customRoleId?: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customRoleId: string | null;
                            customRoleName: string | null;
                            email: string;
                            joinedAt: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "accountant" | "sales" | "viewer" | "custom";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a member (never the last owner) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan, its limits and this month’s usage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limits: {
                                documents_per_month: number | null;
                                stores: number | null;
                                users: number | null;
                            };
                            period: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            plans: {
                                limits: {
                                    documents_per_month: number | null;
                                    stores: number | null;
                                    users: number | null;
                                };
                                /** @enum {string} */
                                plan: "free" | "standard" | "pro";
                            }[];
                            usage: {
                                documents_per_month: number;
                                stores: number;
                                users: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/subscription/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the plan (no payment processor yet: the change and its limits are real); refused if usage exceeds the new limits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        plan: "free" | "standard" | "pro";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            limits: {
                                documents_per_month: number | null;
                                stores: number | null;
                                users: number | null;
                            };
                            period: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            plans: {
                                limits: {
                                    documents_per_month: number | null;
                                    stores: number | null;
                                    users: number | null;
                                };
                                /** @enum {string} */
                                plan: "free" | "standard" | "pro";
                            }[];
                            usage: {
                                documents_per_month: number;
                                stores: number;
                                users: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{id}/two-factor-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Require two-factor authentication of members with chosen roles (send If-Match with the tenant ETag) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Members with these roles must turn on two-factor authentication; [] requires it of nobody */
                        require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            baseCurrency: string;
                            countryCode: string;
                            createdAt: string;
                            fiscalYearStartMonth: number;
                            gstin: string | null;
                            /**
                             * @description As set, or derived: regular with a GSTIN, unregistered without
                             * @enum {string}
                             */
                            gstRegistration: "regular" | "composition" | "sez" | "unregistered";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "business" | "household";
                            legalName: string | null;
                            name: string;
                            /** @enum {string} */
                            plan: "free" | "standard" | "pro";
                            /** @description Roles whose members must use two-factor authentication */
                            require2faRoles: ("owner" | "admin" | "accountant" | "sales" | "viewer" | "custom")[];
                            stateCode: string | null;
                            status: string;
                            timezone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search transactions, newest first */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    cursor?: string;
                    from?: string;
                    includeDeleted?: "true" | "false";
                    limit?: number;
                    partyId?: string;
                    q?: string;
                    storeId?: string;
                    tag?: string;
                    to?: string;
                    type?: "income" | "expense" | "transfer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                accountId: string;
                                amount: string;
                                /** Format: uuid */
                                counterAccountId: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                description: string | null;
                                /** Format: uuid */
                                entryId: string;
                                /** Format: uuid */
                                id: string;
                                partyId: string | null;
                                reference: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "active" | "deleted";
                                storeId: string | null;
                                tags: string[];
                                /** @enum {string} */
                                type: "income" | "expense" | "transfer";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record income, an expense or a transfer (posts a journal entry) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: string;
                        baseAmount?: string | null;
                        /** Format: uuid */
                        counterAccountId: string;
                        currency?: string;
                        /** Format: date */
                        date: string;
                        description?: string | null;
                        partyId?: string | null;
                        reference?: string | null;
                        storeId?: string | null;
                        tags?: string[];
                        /** @enum {string} */
                        type: "income" | "expense" | "transfer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            amount: string;
                            /** Format: uuid */
                            counterAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            description: string | null;
                            /** Format: uuid */
                            entryId: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reference: string | null;
                            revision: number;
                            /** @enum {string} */
                            status: "active" | "deleted";
                            storeId: string | null;
                            tags: string[];
                            /** @enum {string} */
                            type: "income" | "expense" | "transfer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One transaction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            amount: string;
                            /** Format: uuid */
                            counterAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            description: string | null;
                            /** Format: uuid */
                            entryId: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reference: string | null;
                            revision: number;
                            /** @enum {string} */
                            status: "active" | "deleted";
                            storeId: string | null;
                            tags: string[];
                            /** @enum {string} */
                            type: "income" | "expense" | "transfer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a transaction: reverses its entry and posts the new one (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        amount: string;
                        baseAmount?: string | null;
                        /** Format: uuid */
                        counterAccountId: string;
                        currency?: string;
                        /** Format: date */
                        date: string;
                        description?: string | null;
                        partyId?: string | null;
                        reference?: string | null;
                        storeId?: string | null;
                        tags?: string[];
                        /** @enum {string} */
                        type: "income" | "expense" | "transfer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            amount: string;
                            /** Format: uuid */
                            counterAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            description: string | null;
                            /** Format: uuid */
                            entryId: string;
                            /** Format: uuid */
                            id: string;
                            partyId: string | null;
                            reference: string | null;
                            revision: number;
                            /** @enum {string} */
                            status: "active" | "deleted";
                            storeId: string | null;
                            tags: string[];
                            /** @enum {string} */
                            type: "income" | "expense" | "transfer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a transaction (its entry is reversed) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units of measure (the common ones are added on first use) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "archived";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a unit of measure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit of measure */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            version: number;
                        };
                    };
                };
            };
        };
        /** Rename or archive a unit; its code never changes (send If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        status?: "active" | "archived";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "archived";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-debit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Debit notes to vendors, newest first */
        get: {
            parameters: {
                query?: {
                    billId?: string;
                    cursor?: string;
                    limit?: number;
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                billId: string;
                                cess: string;
                                cgst: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                entryId: string | null;
                                id: string;
                                igst: string;
                                lines: {
                                    billLineId: string;
                                    cess: string;
                                    cgst: string;
                                    igst: string;
                                    quantity: string | null;
                                    returnValue: string;
                                    sgst: string;
                                    taxableValue: string;
                                }[];
                                number: string;
                                reason: string;
                                returnValue: string;
                                sgst: string;
                                subtotal: string;
                                total: string;
                                vendorId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A debit note against a posted bill: goods returned to the vendor (stock out at cost) and/or a price reduction, input tax reversed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        billId: string;
                        /** Format: date */
                        date?: string;
                        lines: {
                            amount?: string;
                            /** Format: uuid */
                            billLineId: string;
                            quantity?: string;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billId: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            id: string;
                            igst: string;
                            lines: {
                                billLineId: string;
                                cess: string;
                                cgst: string;
                                igst: string;
                                quantity: string | null;
                                returnValue: string;
                                sgst: string;
                                taxableValue: string;
                            }[];
                            number: string;
                            reason: string;
                            returnValue: string;
                            sgst: string;
                            subtotal: string;
                            total: string;
                            vendorId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-debit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vendor debit note */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billId: string;
                            cess: string;
                            cgst: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            id: string;
                            igst: string;
                            lines: {
                                billLineId: string;
                                cess: string;
                                cgst: string;
                                igst: string;
                                quantity: string | null;
                                returnValue: string;
                                sgst: string;
                                taxableValue: string;
                            }[];
                            number: string;
                            reason: string;
                            returnValue: string;
                            sgst: string;
                            subtotal: string;
                            total: string;
                            vendorId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendor payments, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    vendorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                allocations: {
                                    amount: string;
                                    billId: string;
                                    gainLoss: string;
                                }[];
                                amount: string;
                                bankAccountId: string;
                                createdAt: string;
                                currency: string;
                                date: string;
                                entryId: string | null;
                                exchangeRate: string;
                                id: string;
                                notes: string | null;
                                number: string;
                                reference: string | null;
                                reversalEntryId: string | null;
                                status: string;
                                unapplied: string;
                                vendorId: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Pay a vendor: one or more bills (partly or fully), the rest an advance; realised exchange difference on foreign bills */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        allocations?: {
                            amount: string;
                            /** Format: uuid */
                            billId: string;
                        }[];
                        amount: string;
                        /** Format: uuid */
                        bankAccountId: string;
                        currency?: string;
                        /** Format: date */
                        date?: string;
                        notes?: string | null;
                        reference?: string | null;
                        /** Format: uuid */
                        vendorId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocations: {
                                amount: string;
                                billId: string;
                                gainLoss: string;
                            }[];
                            amount: string;
                            bankAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            reversalEntryId: string | null;
                            status: string;
                            unapplied: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vendor payment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocations: {
                                amount: string;
                                billId: string;
                                gainLoss: string;
                            }[];
                            amount: string;
                            bankAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            reversalEntryId: string | null;
                            status: string;
                            unapplied: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-payments/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a payment's unapplied advance to bills: Dr Accounts Payable / Cr Vendor Advances */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocations: {
                            amount: string;
                            /** Format: uuid */
                            billId: string;
                        }[];
                        /** Format: date */
                        date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocations: {
                                amount: string;
                                billId: string;
                                gainLoss: string;
                            }[];
                            amount: string;
                            bankAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            reversalEntryId: string | null;
                            status: string;
                            unapplied: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-payments/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a vendor payment: its entry reversed, its bills due again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        date?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allocations: {
                                amount: string;
                                billId: string;
                                gainLoss: string;
                            }[];
                            amount: string;
                            bankAccountId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            entryId: string | null;
                            exchangeRate: string;
                            id: string;
                            notes: string | null;
                            number: string;
                            reference: string | null;
                            reversalEntryId: string | null;
                            status: string;
                            unapplied: string;
                            vendorId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** vendors: search (q: name, GSTIN, phone, email), filter and page */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    status?: "active" | "suspended" | "archived";
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                billingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                contacts: {
                                    email?: string | null;
                                    name: string;
                                    phone?: string | null;
                                    primary?: boolean;
                                }[];
                                createdAt: string;
                                creditLimit: string | null;
                                currency: string;
                                displayName: string;
                                gstin: string | null;
                                gstStateCode: string | null;
                                /** Format: uuid */
                                id: string;
                                isCustomer: boolean;
                                isVendor: boolean;
                                legalName: string;
                                notes: string | null;
                                openingBalance: {
                                    amount: string;
                                    date: string;
                                    entryId: string | null;
                                } | null;
                                pan: string | null;
                                paymentTermsDays: number | null;
                                /** @enum {string} */
                                registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                                shippingAddress: {
                                    city: string;
                                    country: string;
                                    line1: string;
                                    line2?: string | null;
                                    postalCode?: string | null;
                                    stateCode?: string | null;
                                } | null;
                                /** @enum {string} */
                                status: "active" | "suspended" | "archived";
                                tags: string[];
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a vendor; a possible duplicate (same GSTIN or email) is reported in warnings, not refused */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vendor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Change a vendor (send If-Match); a changed opening balance replaces the posted one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        billingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                            primary?: boolean;
                        }[];
                        creditLimit?: string | null;
                        currency?: string;
                        displayName?: string;
                        gstin?: string | null;
                        isCustomer?: boolean;
                        isVendor?: boolean;
                        legalName?: string;
                        notes?: string | null;
                        openingBalance?: {
                            amount: string;
                            /** Format: date */
                            date: string;
                        } | null;
                        pan?: string | null;
                        paymentTermsDays?: number | null;
                        /** @enum {string} */
                        registrationType?: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                        shippingAddress?: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode?: string | null;
                            stateCode?: string | null;
                        } | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                            warnings: {
                                /** @enum {string} */
                                code: "PARTIES.POSSIBLE_DUPLICATE";
                                /** @enum {string} */
                                field: "gstin" | "email";
                                message: string;
                                /** Format: uuid */
                                partyId: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a vendor (parties are never deleted; their entries stay in the books) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            contacts: {
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                                primary?: boolean;
                            }[];
                            createdAt: string;
                            creditLimit: string | null;
                            currency: string;
                            displayName: string;
                            gstin: string | null;
                            gstStateCode: string | null;
                            /** Format: uuid */
                            id: string;
                            isCustomer: boolean;
                            isVendor: boolean;
                            legalName: string;
                            notes: string | null;
                            openingBalance: {
                                amount: string;
                                date: string;
                                entryId: string | null;
                            } | null;
                            pan: string | null;
                            paymentTermsDays: number | null;
                            /** @enum {string} */
                            registrationType: "registered" | "unregistered" | "composition" | "sez" | "overseas";
                            shippingAddress: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode?: string | null;
                                stateCode?: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "archived";
                            tags: string[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's statement from the ledger: opening balance, lines with a running balance, closing balance */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closingBalance: string;
                            currency: string;
                            from: string | null;
                            lines: {
                                /** Format: uuid */
                                accountId: string;
                                balance: string;
                                credit: string;
                                date: string;
                                debit: string;
                                /** Format: uuid */
                                entryId: string;
                                lineNo: number;
                                memo: string | null;
                                reference: string | null;
                                source: string;
                            }[];
                            openingBalance: string;
                            /** Format: uuid */
                            partyId: string;
                            /** @enum {string} */
                            side: "receivable" | "payable";
                            to: string | null;
                            truncated: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer wallets with their balances, and the total per currency */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    cursor?: string;
                    customerId?: string;
                    limit?: number;
                    nonZero?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accountId: string;
                                balance: string;
                                createdAt: string;
                                currency: string;
                                customerId: string;
                                customerName: string | null;
                                id: string;
                                lastMovementDate: string | null;
                                movements: number;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                            totals: {
                                balance: string;
                                currency: string;
                                wallets: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Process liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/invoices/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice behind a signed link: a small page with the key figures and a download button */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/invoices/{token}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice PDF behind a signed link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database and event bus reachable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks?: {
                                [key: string]: string;
                            };
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
