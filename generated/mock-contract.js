// Generated from spec/ by `npm run generate`. Do not edit.
"use strict";export const validateParameters = validate10;const schema11 = {"$id":"parameters","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^[^/\\x00-\\x1F\\x7F]+$"},"SpaceId":{"type":"string","pattern":"^[^/\\x00-\\x1F\\x7F]+$"},"ConfirmKey":{"type":"string","pattern":"^[^/\\x00-\\x1F\\x7F]+$"},"upload":{"type":"string","enum":["1",""]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"internal_domain":{"type":"integer","enum":[0,1]},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","ConfirmKey","upload","access_token"]};const pattern0 = new RegExp("^[^/\\x00-\\x1F\\x7F]+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="parameters" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.ConfirmKey === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ConfirmKey"},message:"must have required property '"+"ConfirmKey"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.upload === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upload"},message:"must have required property '"+"upload"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.access_token === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err6 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^[^/\\x00-\\x1F\\x7F]+$"},message:"must match pattern \""+"^[^/\\x00-\\x1F\\x7F]+$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err8 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^[^/\\x00-\\x1F\\x7F]+$"},message:"must match pattern \""+"^[^/\\x00-\\x1F\\x7F]+$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.ConfirmKey !== undefined){let data2 = data.ConfirmKey;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["ConfirmKey"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern0.test(data2)){const err10 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/pattern",keyword:"pattern",params:{pattern: "^[^/\\x00-\\x1F\\x7F]+$"},message:"must match pattern \""+"^[^/\\x00-\\x1F\\x7F]+$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.upload !== undefined){let data3 = data.upload;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err11 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["upload"] = coerced3;}}}if(!((data3 === "1") || (data3 === ""))){const err12 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/enum",keyword:"enum",params:{allowedValues: schema11.properties.upload.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.user_id !== undefined){let data4 = data.user_id;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["user_id"] = coerced4;}}}}if(data.library_secret !== undefined){let data5 = data.library_secret;if(typeof data5 !== "string"){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data5;}else if(data5 === null){coerced5 = "";}else {const err14 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["library_secret"] = coerced5;}}}}if(data.internal_domain !== undefined){let data6 = data.internal_domain;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced6 = +data6;}else {const err15 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["internal_domain"] = coerced6;}}}if(!((data6 === 0) || (data6 === 1))){const err16 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/enum",keyword:"enum",params:{allowedValues: schema11.properties.internal_domain.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.access_token !== undefined){let data7 = data.access_token;if(typeof data7 !== "string"){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data7;}else if(data7 === null){coerced7 = "";}else {const err17 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data !== undefined){data["access_token"] = coerced7;}}}if(typeof data7 === "string"){if(data7.length < 1){const err18 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate10.errors = vErrors;return errors === 0;}
export const uploadTaskPath = "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}";
export const method = "GET";
export const parameters = [
  {
    "name": "LibraryId",
    "in": "path",
    "required": true,
    "secret": false,
    "schema": {
      "type": "string",
      "pattern": "^[^/\\x00-\\x1F\\x7F]+$"
    },
    "example": "smh0000000000000"
  },
  {
    "name": "SpaceId",
    "in": "path",
    "required": true,
    "secret": false,
    "schema": {
      "type": "string",
      "pattern": "^[^/\\x00-\\x1F\\x7F]+$"
    },
    "example": "-"
  },
  {
    "name": "ConfirmKey",
    "in": "path",
    "required": true,
    "secret": false,
    "schema": {
      "type": "string",
      "pattern": "^[^/\\x00-\\x1F\\x7F]+$"
    }
  },
  {
    "name": "upload",
    "in": "query",
    "required": true,
    "secret": false,
    "schema": {
      "type": "string",
      "enum": [
        "1",
        ""
      ]
    },
    "example": "1"
  },
  {
    "name": "user_id",
    "in": "query",
    "required": false,
    "secret": false,
    "schema": {
      "type": "string"
    },
    "example": "user-1"
  },
  {
    "name": "library_secret",
    "in": "query",
    "required": false,
    "secret": true,
    "schema": {
      "type": "string",
      "format": "password"
    }
  },
  {
    "name": "internal_domain",
    "in": "query",
    "required": false,
    "secret": false,
    "schema": {
      "type": "integer",
      "enum": [
        0,
        1
      ]
    }
  },
  {
    "name": "access_token",
    "in": "query",
    "required": true,
    "secret": true,
    "schema": {
      "type": "string",
      "minLength": 1
    }
  }
];
export const examples = {
  "multipartInProgress": {
    "status": 200,
    "response": "200",
    "value": {
      "confirmed": false,
      "path": [
        "foo",
        "bar",
        "DCIM001.mp4"
      ],
      "type": "video",
      "creationTime": "2021-02-01T08:15:58.000Z",
      "conflictResolutionStrategy": "ask",
      "force": false,
      "availableDomainNum": 1,
      "uploadId": "1754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e1",
      "parts": [
        {
          "PartNumber": 1,
          "LastModified": "2021-02-01T08:16:02.000Z",
          "ETag": "\"39270a968a357d24207e9911162507eb\"",
          "Size": 1048576
        },
        {
          "PartNumber": 2,
          "LastModified": "2021-02-01T08:16:05.000Z",
          "ETag": "\"d899fbd1e06109ea2e4550f5751c88d6\"",
          "Size": 1048576
        }
      ],
      "uploadPartInfo": {
        "domain": "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
        "path": "smhxxx/xxx.mp4",
        "uploadId": "1754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e1",
        "headers": {
          "Content-Type": "application/octet-stream",
          "Authorization": "q-sign-algorithm=sha1&xxx",
          "x-cos-security-token": "bKdMa7A0nAJjqejygamFMyWoXCC0uRLxxxxxx"
        },
        "expiration": "2021-07-24T10:34:32.000Z"
      }
    },
    "now": "2021-07-24T09:34:32.000Z"
  },
  "multipartExpired": {
    "status": 200,
    "response": "200",
    "value": {
      "confirmed": false,
      "path": [
        "foo",
        "bar",
        "DCIM002.mp4"
      ],
      "type": "video",
      "creationTime": "2021-02-01T08:15:58.000Z",
      "conflictResolutionStrategy": "rename",
      "force": false,
      "availableDomainNum": 1,
      "uploadId": "2754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e2",
      "parts": [
        {
          "PartNumber": 1,
          "LastModified": "2021-02-01T08:16:02.000Z",
          "ETag": "\"39270a968a357d24207e9911162507eb\"",
          "Size": 1048576
        },
        {
          "PartNumber": 2,
          "LastModified": "2021-02-01T08:16:05.000Z",
          "ETag": "\"d899fbd1e06109ea2e4550f5751c88d6\"",
          "Size": 1048576
        }
      ],
      "uploadPartInfo": {
        "domain": "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
        "path": "/smhxxx/DCIM002.mp4",
        "uploadId": "2754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e2",
        "headers": {
          "Content-Type": "application/octet-stream",
          "Authorization": "q-sign-algorithm=sha1&xxx",
          "x-cos-security-token": "bKdMa7A0nAJjqejygamFMyWoXCC0uRLxxxxxx"
        },
        "expiration": "2021-02-01T10:15:58.000Z"
      }
    }
  },
  "simpleUpload": {
    "status": 200,
    "response": "200",
    "value": {
      "confirmed": false,
      "path": [
        "docs",
        "report.pdf"
      ],
      "type": "file",
      "creationTime": "2021-02-01T09:00:00.000Z",
      "conflictResolutionStrategy": "rename",
      "force": false,
      "availableDomainNum": 1
    }
  },
  "confirmed": {
    "status": 200,
    "response": "200",
    "value": {
      "confirmed": true,
      "path": [
        "foo",
        "bar",
        "DCIM001(1).mp4"
      ],
      "type": "video",
      "creationTime": "2021-02-01T08:15:58.000Z",
      "conflictResolutionStrategy": "rename",
      "force": false,
      "availableDomainNum": 1
    }
  },
  "directoryDeleted": {
    "status": 200,
    "response": "200",
    "value": {
      "confirmed": false,
      "path": null,
      "type": "image",
      "creationTime": "2021-02-01T08:15:58.000Z",
      "conflictResolutionStrategy": "ask",
      "force": true,
      "availableDomainNum": 2
    }
  },
  "EmptyAccessToken": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "EmptyAccessToken",
      "message": "access token is empty",
      "requestId": "NjE3OTk5YTBfNDAwXzAx"
    }
  },
  "EmptyLibraryId": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "EmptyLibraryId",
      "message": "library id is empty",
      "requestId": "NjE3OTk5YTBfNDAwXzAy"
    }
  },
  "NotMultiSpaceLibrary": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "NotMultiSpaceLibrary",
      "message": "the library is not a multi-space library",
      "requestId": "NjE3OTk5YTBfNDAwXzAz"
    }
  },
  "SpaceIdInvalid": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "SpaceIdInvalid",
      "message": "space id is invalid",
      "requestId": "NjE3OTk5YTBfNDAwXzA2"
    }
  },
  "EmptyLibrarySecret": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "EmptyLibrarySecret",
      "message": "library secret is empty",
      "requestId": "NjE3OTk5YTBfNDAwXzA3"
    }
  },
  "ParamInvalid": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "ParamInvalid",
      "message": "internal_domain must be 0 or 1",
      "requestId": "NjE3OTk5YTBfNDAwXzA1"
    }
  },
  "BadRequest": {
    "status": 400,
    "response": "400",
    "value": {
      "code": "BadRequest",
      "message": "bad request",
      "requestId": "NjE3OTk5YTBfNDAwXzA0"
    }
  },
  "InvalidAccessToken": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "InvalidAccessToken",
      "message": "access token is invalid",
      "requestId": "NjE3OTk5YTBfNDAzXzAx"
    }
  },
  "AccessTokenNotMatchLibrary": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "AccessTokenNotMatchLibrary",
      "message": "access token does not match the library",
      "requestId": "NjE3OTk5YTBfNDAzXzA1"
    }
  },
  "AccessTokenNotMatchSpace": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "AccessTokenNotMatchSpace",
      "message": "access token does not match the space",
      "requestId": "NjE3OTk5YTBfNDAzXzAy"
    }
  },
  "AccessTokenVersionNotMatch": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "AccessTokenVersionNotMatch",
      "message": "access token version does not match",
      "requestId": "NjE3OTk5YTBfNDAzXzA2"
    }
  },
  "NoPermission": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "NoPermission",
      "message": "no permission",
      "requestId": "NjE3OTk5YTBfNDAzXzAz"
    }
  },
  "UploadNotBelongYou": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "UploadNotBelongYou",
      "message": "the upload does not belong to you",
      "requestId": "NjE3OTk5YTBfNDAzXzA0"
    }
  },
  "LibraryServiceExpired": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "LibraryServiceExpired",
      "message": "library service expired",
      "requestId": "NjE3OTk5YTBfNDAzXzA3"
    }
  },
  "SpaceBanned": {
    "status": 403,
    "response": "403",
    "value": {
      "code": "SpaceBanned",
      "message": "space is banned",
      "requestId": "NjE3OTk5YTBfNDAzXzA4"
    }
  },
  "UploadNotFound": {
    "status": 404,
    "response": "404",
    "value": {
      "code": "UploadNotFound",
      "message": "upload not found",
      "requestId": "NjE3OTk5YTBfNDA0XzAx"
    }
  },
  "ConfirmKeyNotFound": {
    "status": 404,
    "response": "404",
    "value": {
      "code": "ConfirmKeyNotFound",
      "message": "confirm key not found",
      "requestId": "NjE3OTk5YTBfNDA0XzAy"
    }
  },
  "LibraryNotFound": {
    "status": 404,
    "response": "404",
    "value": {
      "code": "LibraryNotFound",
      "message": "library not found",
      "requestId": "NjE3OTk5YTBfNDA0XzAz"
    }
  },
  "SpaceNotFound": {
    "status": 404,
    "response": "404",
    "value": {
      "code": "SpaceNotFound",
      "message": "space not found",
      "requestId": "NjE3OTk5YTBfNDA0XzA0"
    }
  },
  "RateLimitExceeded": {
    "status": 429,
    "response": "429",
    "value": {
      "code": "RateLimitExceeded",
      "message": "rate limit exceeded",
      "requestId": "NjE3OTk5YTBfNDI5XzAx"
    }
  },
  "InternalServerError": {
    "status": 500,
    "response": "500",
    "value": {
      "code": "InternalServerError",
      "message": "internal server error",
      "requestId": "NjE3OTk5YTBfNTAwXzAx"
    }
  },
  "ServerOverloaded": {
    "status": 503,
    "response": "503",
    "value": {
      "code": "ServerOverloaded",
      "message": "server overloaded",
      "requestId": "NjE3OTk5YTBfNTAzXzAx"
    }
  },
  "URITooLong": {
    "status": 414,
    "response": "default",
    "value": {
      "code": "URITooLong",
      "message": "uri too long",
      "requestId": "NjE3OTk5YTBfNDE0XzAx"
    }
  },
  "HeaderFieldsTooLarge": {
    "status": 431,
    "response": "default",
    "value": {
      "code": "HeaderFieldsTooLarge",
      "message": "header fields too large",
      "requestId": "NjE3OTk5YTBfNDMxXzAx"
    }
  }
};
export const testKeys = {
  "example-multipartInProgress": "multipartInProgress",
  "example-multipartExpired": "multipartExpired",
  "example-simpleUpload": "simpleUpload",
  "example-confirmed": "confirmed",
  "example-directoryDeleted": "directoryDeleted",
  "example-InvalidAccessToken": "InvalidAccessToken",
  "example-AccessTokenNotMatchLibrary": "AccessTokenNotMatchLibrary",
  "example-AccessTokenNotMatchSpace": "AccessTokenNotMatchSpace",
  "example-AccessTokenVersionNotMatch": "AccessTokenVersionNotMatch",
  "example-NoPermission": "NoPermission",
  "example-UploadNotBelongYou": "UploadNotBelongYou",
  "example-LibraryServiceExpired": "LibraryServiceExpired",
  "example-SpaceBanned": "SpaceBanned",
  "example-UploadNotFound": "UploadNotFound",
  "example-ConfirmKeyNotFound": "ConfirmKeyNotFound",
  "example-LibraryNotFound": "LibraryNotFound",
  "example-SpaceNotFound": "SpaceNotFound",
  "example-RateLimitExceeded": "RateLimitExceeded",
  "example-InternalServerError": "InternalServerError",
  "example-ServerOverloaded": "ServerOverloaded"
};
export const dateTimeFields = [
  [
    "creationTime"
  ],
  [
    "parts",
    "*",
    "LastModified"
  ],
  [
    "uploadPartInfo",
    "expiration"
  ]
];
