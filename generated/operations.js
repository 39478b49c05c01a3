// Generated from spec/ by `npm run generate`. Do not edit.
"use strict";export const validate_getUploadTask = validate10;const schema11 = {"$id":"getUploadTask","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"SpaceId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"ConfirmKey":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"upload":{"type":"string","enum":["1",""]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"internal_domain":{"type":"integer","enum":[0,1]},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","ConfirmKey","upload","access_token"]};const pattern0 = new RegExp("^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="getUploadTask" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.ConfirmKey === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ConfirmKey"},message:"must have required property '"+"ConfirmKey"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.upload === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upload"},message:"must have required property '"+"upload"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.access_token === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err6 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err8 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.ConfirmKey !== undefined){let data2 = data.ConfirmKey;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["ConfirmKey"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern0.test(data2)){const err10 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.upload !== undefined){let data3 = data.upload;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err11 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["upload"] = coerced3;}}}if(!((data3 === "1") || (data3 === ""))){const err12 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/enum",keyword:"enum",params:{allowedValues: schema11.properties.upload.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.user_id !== undefined){let data4 = data.user_id;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["user_id"] = coerced4;}}}}if(data.library_secret !== undefined){let data5 = data.library_secret;if(typeof data5 !== "string"){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data5;}else if(data5 === null){coerced5 = "";}else {const err14 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["library_secret"] = coerced5;}}}}if(data.internal_domain !== undefined){let data6 = data.internal_domain;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced6 = +data6;}else {const err15 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["internal_domain"] = coerced6;}}}if(!((data6 === 0) || (data6 === 1))){const err16 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/enum",keyword:"enum",params:{allowedValues: schema11.properties.internal_domain.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.access_token !== undefined){let data7 = data.access_token;if(typeof data7 !== "string"){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data7;}else if(data7 === null){coerced7 = "";}else {const err17 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data !== undefined){data["access_token"] = coerced7;}}}if(typeof data7 === "string"){if(data7.length < 1){const err18 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate10.errors = vErrors;return errors === 0;}export const validate_cancelUpload = validate11;const schema12 = {"$id":"cancelUpload","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"SpaceId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"ConfirmKey":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"upload":{"type":"string","enum":["1",""]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","ConfirmKey","upload","access_token"]};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="cancelUpload" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.ConfirmKey === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ConfirmKey"},message:"must have required property '"+"ConfirmKey"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.upload === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upload"},message:"must have required property '"+"upload"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.access_token === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err6 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err8 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.ConfirmKey !== undefined){let data2 = data.ConfirmKey;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["ConfirmKey"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern0.test(data2)){const err10 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.upload !== undefined){let data3 = data.upload;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err11 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["upload"] = coerced3;}}}if(!((data3 === "1") || (data3 === ""))){const err12 = {instancePath:instancePath+"/upload",schemaPath:"#/properties/upload/enum",keyword:"enum",params:{allowedValues: schema12.properties.upload.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.user_id !== undefined){let data4 = data.user_id;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["user_id"] = coerced4;}}}}if(data.library_secret !== undefined){let data5 = data.library_secret;if(typeof data5 !== "string"){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data5;}else if(data5 === null){coerced5 = "";}else {const err14 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["library_secret"] = coerced5;}}}}if(data.access_token !== undefined){let data6 = data.access_token;if(typeof data6 !== "string"){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data6;}else if(data6 === null){coerced6 = "";}else {const err15 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["access_token"] = coerced6;}}}if(typeof data6 === "string"){if(data6.length < 1){const err16 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate11.errors = vErrors;return errors === 0;}export const validate_renewUpload = validate12;const schema13 = {"$id":"renewUpload","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"SpaceId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"ConfirmKey":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"renew":{"type":"string","enum":["1",""]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"traffic_limit":{"type":"integer","minimum":1},"internal_domain":{"type":"integer","enum":[0,1]},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","ConfirmKey","renew","access_token"]};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="renewUpload" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.ConfirmKey === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ConfirmKey"},message:"must have required property '"+"ConfirmKey"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.renew === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "renew"},message:"must have required property '"+"renew"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.access_token === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err6 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err8 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.ConfirmKey !== undefined){let data2 = data.ConfirmKey;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["ConfirmKey"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern0.test(data2)){const err10 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.renew !== undefined){let data3 = data.renew;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err11 = {instancePath:instancePath+"/renew",schemaPath:"#/properties/renew/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["renew"] = coerced3;}}}if(!((data3 === "1") || (data3 === ""))){const err12 = {instancePath:instancePath+"/renew",schemaPath:"#/properties/renew/enum",keyword:"enum",params:{allowedValues: schema13.properties.renew.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.user_id !== undefined){let data4 = data.user_id;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["user_id"] = coerced4;}}}}if(data.library_secret !== undefined){let data5 = data.library_secret;if(typeof data5 !== "string"){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data5;}else if(data5 === null){coerced5 = "";}else {const err14 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["library_secret"] = coerced5;}}}}if(data.traffic_limit !== undefined){let data6 = data.traffic_limit;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced6 = +data6;}else {const err15 = {instancePath:instancePath+"/traffic_limit",schemaPath:"#/properties/traffic_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["traffic_limit"] = coerced6;}}}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err16 = {instancePath:instancePath+"/traffic_limit",schemaPath:"#/properties/traffic_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.internal_domain !== undefined){let data7 = data.internal_domain;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 === "boolean" || data7 === null
              || (dataType7 === "string" && data7 && data7 == +data7 && !(data7 % 1))){coerced7 = +data7;}else {const err17 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data !== undefined){data["internal_domain"] = coerced7;}}}if(!((data7 === 0) || (data7 === 1))){const err18 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/enum",keyword:"enum",params:{allowedValues: schema13.properties.internal_domain.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.access_token !== undefined){let data8 = data.access_token;if(typeof data8 !== "string"){let dataType8 = typeof data8;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data8;}else if(data8 === null){coerced8 = "";}else {const err19 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced8 !== undefined){data8 = coerced8;if(data !== undefined){data["access_token"] = coerced8;}}}if(typeof data8 === "string"){if(data8.length < 1){const err20 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate12.errors = vErrors;return errors === 0;}export const validate_confirmUpload = validate13;const schema14 = {"$id":"confirmUpload","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"SpaceId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"ConfirmKey":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"confirm":{"type":"string","enum":["1",""]},"conflict_resolution_strategy":{"type":"string","enum":["ask","rename","overwrite"]},"with_inode":{"type":"integer","enum":[0,1]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","ConfirmKey","confirm","access_token"]};function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="confirmUpload" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.ConfirmKey === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ConfirmKey"},message:"must have required property '"+"ConfirmKey"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.confirm === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confirm"},message:"must have required property '"+"confirm"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.access_token === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err6 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err8 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.ConfirmKey !== undefined){let data2 = data.ConfirmKey;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["ConfirmKey"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern0.test(data2)){const err10 = {instancePath:instancePath+"/ConfirmKey",schemaPath:"#/properties/ConfirmKey/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.confirm !== undefined){let data3 = data.confirm;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err11 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["confirm"] = coerced3;}}}if(!((data3 === "1") || (data3 === ""))){const err12 = {instancePath:instancePath+"/confirm",schemaPath:"#/properties/confirm/enum",keyword:"enum",params:{allowedValues: schema14.properties.confirm.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.conflict_resolution_strategy !== undefined){let data4 = data.conflict_resolution_strategy;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/conflict_resolution_strategy",schemaPath:"#/properties/conflict_resolution_strategy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["conflict_resolution_strategy"] = coerced4;}}}if(!(((data4 === "ask") || (data4 === "rename")) || (data4 === "overwrite"))){const err14 = {instancePath:instancePath+"/conflict_resolution_strategy",schemaPath:"#/properties/conflict_resolution_strategy/enum",keyword:"enum",params:{allowedValues: schema14.properties.conflict_resolution_strategy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.with_inode !== undefined){let data5 = data.with_inode;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 === "boolean" || data5 === null
              || (dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1))){coerced5 = +data5;}else {const err15 = {instancePath:instancePath+"/with_inode",schemaPath:"#/properties/with_inode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["with_inode"] = coerced5;}}}if(!((data5 === 0) || (data5 === 1))){const err16 = {instancePath:instancePath+"/with_inode",schemaPath:"#/properties/with_inode/enum",keyword:"enum",params:{allowedValues: schema14.properties.with_inode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.user_id !== undefined){let data6 = data.user_id;if(typeof data6 !== "string"){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data6;}else if(data6 === null){coerced6 = "";}else {const err17 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["user_id"] = coerced6;}}}}if(data.library_secret !== undefined){let data7 = data.library_secret;if(typeof data7 !== "string"){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data7;}else if(data7 === null){coerced7 = "";}else {const err18 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data !== undefined){data["library_secret"] = coerced7;}}}}if(data.access_token !== undefined){let data8 = data.access_token;if(typeof data8 !== "string"){let dataType8 = typeof data8;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data8;}else if(data8 === null){coerced8 = "";}else {const err19 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced8 !== undefined){data8 = coerced8;if(data !== undefined){data["access_token"] = coerced8;}}}if(typeof data8 === "string"){if(data8.length < 1){const err20 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate13.errors = vErrors;return errors === 0;}export const validate_beginMultipartUpload = validate14;const schema15 = {"$id":"beginMultipartUpload","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"SpaceId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"FilePath":{"type":"string","pattern":"^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"},"multipart":{"type":"string","enum":["1",""]},"conflict_resolution_strategy":{"type":"string","enum":["ask","rename","overwrite"]},"filesize":{"type":"integer","minimum":0},"traffic_limit":{"type":"integer","minimum":1},"prefer_same_origin":{"type":"integer","enum":[0,1]},"internal_domain":{"type":"integer","enum":[0,1]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","FilePath","multipart","access_token"]};const pattern14 = new RegExp("^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$", "u");function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="beginMultipartUpload" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.FilePath === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FilePath"},message:"must have required property '"+"FilePath"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.multipart === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "multipart"},message:"must have required property '"+"multipart"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.access_token === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err6 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err8 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.FilePath !== undefined){let data2 = data.FilePath;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/FilePath",schemaPath:"#/properties/FilePath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["FilePath"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern14.test(data2)){const err10 = {instancePath:instancePath+"/FilePath",schemaPath:"#/properties/FilePath/pattern",keyword:"pattern",params:{pattern: "^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data.multipart !== undefined){let data3 = data.multipart;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err11 = {instancePath:instancePath+"/multipart",schemaPath:"#/properties/multipart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["multipart"] = coerced3;}}}if(!((data3 === "1") || (data3 === ""))){const err12 = {instancePath:instancePath+"/multipart",schemaPath:"#/properties/multipart/enum",keyword:"enum",params:{allowedValues: schema15.properties.multipart.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.conflict_resolution_strategy !== undefined){let data4 = data.conflict_resolution_strategy;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/conflict_resolution_strategy",schemaPath:"#/properties/conflict_resolution_strategy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["conflict_resolution_strategy"] = coerced4;}}}if(!(((data4 === "ask") || (data4 === "rename")) || (data4 === "overwrite"))){const err14 = {instancePath:instancePath+"/conflict_resolution_strategy",schemaPath:"#/properties/conflict_resolution_strategy/enum",keyword:"enum",params:{allowedValues: schema15.properties.conflict_resolution_strategy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.filesize !== undefined){let data5 = data.filesize;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 === "boolean" || data5 === null
              || (dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1))){coerced5 = +data5;}else {const err15 = {instancePath:instancePath+"/filesize",schemaPath:"#/properties/filesize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["filesize"] = coerced5;}}}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err16 = {instancePath:instancePath+"/filesize",schemaPath:"#/properties/filesize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.traffic_limit !== undefined){let data6 = data.traffic_limit;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced6 = +data6;}else {const err17 = {instancePath:instancePath+"/traffic_limit",schemaPath:"#/properties/traffic_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["traffic_limit"] = coerced6;}}}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err18 = {instancePath:instancePath+"/traffic_limit",schemaPath:"#/properties/traffic_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.prefer_same_origin !== undefined){let data7 = data.prefer_same_origin;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 === "boolean" || data7 === null
              || (dataType7 === "string" && data7 && data7 == +data7 && !(data7 % 1))){coerced7 = +data7;}else {const err19 = {instancePath:instancePath+"/prefer_same_origin",schemaPath:"#/properties/prefer_same_origin/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data !== undefined){data["prefer_same_origin"] = coerced7;}}}if(!((data7 === 0) || (data7 === 1))){const err20 = {instancePath:instancePath+"/prefer_same_origin",schemaPath:"#/properties/prefer_same_origin/enum",keyword:"enum",params:{allowedValues: schema15.properties.prefer_same_origin.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.internal_domain !== undefined){let data8 = data.internal_domain;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){let dataType8 = typeof data8;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 === "boolean" || data8 === null
              || (dataType8 === "string" && data8 && data8 == +data8 && !(data8 % 1))){coerced8 = +data8;}else {const err21 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(coerced8 !== undefined){data8 = coerced8;if(data !== undefined){data["internal_domain"] = coerced8;}}}if(!((data8 === 0) || (data8 === 1))){const err22 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/enum",keyword:"enum",params:{allowedValues: schema15.properties.internal_domain.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.user_id !== undefined){let data9 = data.user_id;if(typeof data9 !== "string"){let dataType9 = typeof data9;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data9;}else if(data9 === null){coerced9 = "";}else {const err23 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced9 !== undefined){data9 = coerced9;if(data !== undefined){data["user_id"] = coerced9;}}}}if(data.library_secret !== undefined){let data10 = data.library_secret;if(typeof data10 !== "string"){let dataType10 = typeof data10;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data10;}else if(data10 === null){coerced10 = "";}else {const err24 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced10 !== undefined){data10 = coerced10;if(data !== undefined){data["library_secret"] = coerced10;}}}}if(data.access_token !== undefined){let data11 = data.access_token;if(typeof data11 !== "string"){let dataType11 = typeof data11;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data11;}else if(data11 === null){coerced11 = "";}else {const err25 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(coerced11 !== undefined){data11 = coerced11;if(data !== undefined){data["access_token"] = coerced11;}}}if(typeof data11 === "string"){if(data11.length < 1){const err26 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate14.errors = vErrors;return errors === 0;}export const validate_beginSimpleUpload = validate15;const schema16 = {"$id":"beginSimpleUpload","type":"object","properties":{"LibraryId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"SpaceId":{"type":"string","pattern":"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},"FilePath":{"type":"string","pattern":"^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"},"conflict_resolution_strategy":{"type":"string","enum":["ask","rename","overwrite"]},"filesize":{"type":"integer","minimum":0},"traffic_limit":{"type":"integer","minimum":1},"prefer_same_origin":{"type":"integer","enum":[0,1]},"internal_domain":{"type":"integer","enum":[0,1]},"user_id":{"type":"string"},"library_secret":{"type":"string","format":"password"},"access_token":{"type":"string","minLength":1}},"required":["LibraryId","SpaceId","FilePath","access_token"]};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="beginSimpleUpload" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.LibraryId === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LibraryId"},message:"must have required property '"+"LibraryId"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.SpaceId === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SpaceId"},message:"must have required property '"+"SpaceId"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.FilePath === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FilePath"},message:"must have required property '"+"FilePath"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.access_token === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access_token"},message:"must have required property '"+"access_token"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.LibraryId !== undefined){let data0 = data.LibraryId;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err4 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["LibraryId"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern0.test(data0)){const err5 = {instancePath:instancePath+"/LibraryId",schemaPath:"#/properties/LibraryId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.SpaceId !== undefined){let data1 = data.SpaceId;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err6 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["SpaceId"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err7 = {instancePath:instancePath+"/SpaceId",schemaPath:"#/properties/SpaceId/pattern",keyword:"pattern",params:{pattern: "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.FilePath !== undefined){let data2 = data.FilePath;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err8 = {instancePath:instancePath+"/FilePath",schemaPath:"#/properties/FilePath/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["FilePath"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern14.test(data2)){const err9 = {instancePath:instancePath+"/FilePath",schemaPath:"#/properties/FilePath/pattern",keyword:"pattern",params:{pattern: "^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"},message:"must match pattern \""+"^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.conflict_resolution_strategy !== undefined){let data3 = data.conflict_resolution_strategy;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err10 = {instancePath:instancePath+"/conflict_resolution_strategy",schemaPath:"#/properties/conflict_resolution_strategy/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["conflict_resolution_strategy"] = coerced3;}}}if(!(((data3 === "ask") || (data3 === "rename")) || (data3 === "overwrite"))){const err11 = {instancePath:instancePath+"/conflict_resolution_strategy",schemaPath:"#/properties/conflict_resolution_strategy/enum",keyword:"enum",params:{allowedValues: schema16.properties.conflict_resolution_strategy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.filesize !== undefined){let data4 = data.filesize;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 === "boolean" || data4 === null
              || (dataType4 === "string" && data4 && data4 == +data4 && !(data4 % 1))){coerced4 = +data4;}else {const err12 = {instancePath:instancePath+"/filesize",schemaPath:"#/properties/filesize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["filesize"] = coerced4;}}}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err13 = {instancePath:instancePath+"/filesize",schemaPath:"#/properties/filesize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.traffic_limit !== undefined){let data5 = data.traffic_limit;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 === "boolean" || data5 === null
              || (dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1))){coerced5 = +data5;}else {const err14 = {instancePath:instancePath+"/traffic_limit",schemaPath:"#/properties/traffic_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data !== undefined){data["traffic_limit"] = coerced5;}}}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err15 = {instancePath:instancePath+"/traffic_limit",schemaPath:"#/properties/traffic_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.prefer_same_origin !== undefined){let data6 = data.prefer_same_origin;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){let dataType6 = typeof data6;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced6 = +data6;}else {const err16 = {instancePath:instancePath+"/prefer_same_origin",schemaPath:"#/properties/prefer_same_origin/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data !== undefined){data["prefer_same_origin"] = coerced6;}}}if(!((data6 === 0) || (data6 === 1))){const err17 = {instancePath:instancePath+"/prefer_same_origin",schemaPath:"#/properties/prefer_same_origin/enum",keyword:"enum",params:{allowedValues: schema16.properties.prefer_same_origin.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.internal_domain !== undefined){let data7 = data.internal_domain;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 === "boolean" || data7 === null
              || (dataType7 === "string" && data7 && data7 == +data7 && !(data7 % 1))){coerced7 = +data7;}else {const err18 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data !== undefined){data["internal_domain"] = coerced7;}}}if(!((data7 === 0) || (data7 === 1))){const err19 = {instancePath:instancePath+"/internal_domain",schemaPath:"#/properties/internal_domain/enum",keyword:"enum",params:{allowedValues: schema16.properties.internal_domain.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.user_id !== undefined){let data8 = data.user_id;if(typeof data8 !== "string"){let dataType8 = typeof data8;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data8;}else if(data8 === null){coerced8 = "";}else {const err20 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced8 !== undefined){data8 = coerced8;if(data !== undefined){data["user_id"] = coerced8;}}}}if(data.library_secret !== undefined){let data9 = data.library_secret;if(typeof data9 !== "string"){let dataType9 = typeof data9;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data9;}else if(data9 === null){coerced9 = "";}else {const err21 = {instancePath:instancePath+"/library_secret",schemaPath:"#/properties/library_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(coerced9 !== undefined){data9 = coerced9;if(data !== undefined){data["library_secret"] = coerced9;}}}}if(data.access_token !== undefined){let data10 = data.access_token;if(typeof data10 !== "string"){let dataType10 = typeof data10;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data10;}else if(data10 === null){coerced10 = "";}else {const err22 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced10 !== undefined){data10 = coerced10;if(data !== undefined){data["access_token"] = coerced10;}}}if(typeof data10 === "string"){if(data10.length < 1){const err23 = {instancePath:instancePath+"/access_token",schemaPath:"#/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate15.errors = vErrors;return errors === 0;}
export const operations = [
  {
    "id": "getUploadTask",
    "method": "GET",
    "path": "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}",
    "flag": "upload",
    "parameters": [
      {
        "name": "LibraryId",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
    ],
    "examples": {
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
        "now": "2021-07-24T09:34:32.000Z",
        "dates": [
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
        ]
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
      "RouteNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "RouteNotFound",
          "message": "route not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA1"
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
    },
    "testKeys": {
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
      "example-RouteNotFound": "RouteNotFound",
      "example-RateLimitExceeded": "RateLimitExceeded",
      "example-InternalServerError": "InternalServerError",
      "example-ServerOverloaded": "ServerOverloaded"
    },
    "testKeyParameter": "ConfirmKey"
  },
  {
    "id": "cancelUpload",
    "method": "DELETE",
    "path": "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}",
    "flag": "upload",
    "parameters": [
      {
        "name": "LibraryId",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
        "name": "access_token",
        "in": "query",
        "required": true,
        "secret": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "examples": {
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
      "RouteNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "RouteNotFound",
          "message": "route not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA1"
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
    },
    "testKeys": {
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
      "example-RouteNotFound": "RouteNotFound",
      "example-RateLimitExceeded": "RateLimitExceeded",
      "example-InternalServerError": "InternalServerError",
      "example-ServerOverloaded": "ServerOverloaded"
    },
    "testKeyParameter": "ConfirmKey"
  },
  {
    "id": "renewUpload",
    "method": "POST",
    "path": "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#renew",
    "flag": "renew",
    "parameters": [
      {
        "name": "LibraryId",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
        }
      },
      {
        "name": "renew",
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
        "name": "traffic_limit",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "integer",
          "minimum": 1
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
    ],
    "examples": {
      "renewed": {
        "status": 200,
        "response": "200",
        "value": {
          "domain": "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
          "path": "/smhxxx/xxx.mp4",
          "uploadId": "1754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e1",
          "headers": {
            "Content-Type": "application/octet-stream",
            "Authorization": "q-sign-algorithm=sha1&q-ak=AKIDxxxxxx&q-sign-time=1627119272;1627122872&q-key-time=1627119272;1627122872&q-header-list=&q-url-param-list=&q-signature=yyyyyy",
            "x-cos-security-token": "bKdMa7A0nAJjqejygamFMyWoXCC0uRLxxxxxx"
          },
          "confirmKey": "2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3",
          "expiration": "2021-07-24T10:34:32.000Z",
          "availableDomainNum": 1
        },
        "now": "2021-07-24T09:34:32.000Z",
        "dates": [
          [
            "expiration"
          ]
        ]
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
      "RouteNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "RouteNotFound",
          "message": "route not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA1"
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
    },
    "testKeys": {
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
      "example-RouteNotFound": "RouteNotFound",
      "example-RateLimitExceeded": "RateLimitExceeded",
      "example-InternalServerError": "InternalServerError",
      "example-ServerOverloaded": "ServerOverloaded"
    },
    "testKeyParameter": "ConfirmKey"
  },
  {
    "id": "confirmUpload",
    "method": "POST",
    "path": "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#confirm",
    "flag": "confirm",
    "parameters": [
      {
        "name": "LibraryId",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
        }
      },
      {
        "name": "confirm",
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
        "name": "conflict_resolution_strategy",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "string",
          "enum": [
            "ask",
            "rename",
            "overwrite"
          ]
        },
        "example": "rename"
      },
      {
        "name": "with_inode",
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
        "name": "access_token",
        "in": "query",
        "required": true,
        "secret": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "examples": {
      "uploadedFile": {
        "status": 200,
        "response": "200",
        "value": {
          "path": [
            "videos",
            "clip.mp4"
          ],
          "name": "clip.mp4",
          "type": "video",
          "creationTime": "2021-07-24T09:40:02.000Z",
          "modificationTime": "2021-07-24T09:40:02.000Z",
          "contentType": "video/mp4",
          "size": "5500000",
          "eTag": "\"8e8b3a2c0c5e4d0c9a1f0b7e6d5c4b3a-6\"",
          "crc64": "11598977699294832468",
          "isOverwritten": false
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
      "MultipartUploadIncomplete": {
        "status": 400,
        "response": "400",
        "value": {
          "code": "MultipartUploadIncomplete",
          "message": "multipart upload incomplete",
          "requestId": "NjE3OTk5YTBfNDAwXzA5"
        }
      },
      "UploadIncomplete": {
        "status": 400,
        "response": "400",
        "value": {
          "code": "UploadIncomplete",
          "message": "upload incomplete",
          "requestId": "NjE3OTk5YTBfNDAwXzEw"
        }
      },
      "MultipartUploadPartTooSmall": {
        "status": 400,
        "response": "400",
        "value": {
          "code": "MultipartUploadPartTooSmall",
          "message": "multipart upload part too small",
          "requestId": "NjE3OTk5YTBfNDAwXzEx"
        }
      },
      "BadCrc64": {
        "status": 400,
        "response": "400",
        "value": {
          "code": "BadCrc64",
          "message": "crc64 mismatch",
          "requestId": "NjE3OTk5YTBfNDAwXzEy"
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
      "RouteNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "RouteNotFound",
          "message": "route not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA1"
        }
      },
      "SameNameDirectoryOrFileExists": {
        "status": 409,
        "response": "409",
        "value": {
          "code": "SameNameDirectoryOrFileExists",
          "message": "same name directory or file exists",
          "requestId": "NjE3OTk5YTBfNDA5XzAx"
        }
      },
      "UploadComplete": {
        "status": 409,
        "response": "409",
        "value": {
          "code": "UploadComplete",
          "message": "upload has been completed",
          "requestId": "NjE3OTk5YTBfNDA5XzAy"
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
    },
    "testKeys": {
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
      "example-RouteNotFound": "RouteNotFound",
      "example-RateLimitExceeded": "RateLimitExceeded",
      "example-InternalServerError": "InternalServerError",
      "example-ServerOverloaded": "ServerOverloaded",
      "example-UploadComplete": "UploadComplete",
      "example-SameNameDirectoryOrFileExists": "SameNameDirectoryOrFileExists",
      "example-MultipartUploadIncomplete": "MultipartUploadIncomplete",
      "example-UploadIncomplete": "UploadIncomplete",
      "example-MultipartUploadPartTooSmall": "MultipartUploadPartTooSmall",
      "example-BadCrc64": "BadCrc64"
    },
    "testKeyParameter": "ConfirmKey"
  },
  {
    "id": "beginMultipartUpload",
    "method": "POST",
    "path": "/api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#multipart",
    "flag": "multipart",
    "parameters": [
      {
        "name": "LibraryId",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
        },
        "example": "-"
      },
      {
        "name": "FilePath",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"
        }
      },
      {
        "name": "multipart",
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
        "name": "conflict_resolution_strategy",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "string",
          "enum": [
            "ask",
            "rename",
            "overwrite"
          ]
        },
        "example": "rename"
      },
      {
        "name": "filesize",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 5500000
      },
      {
        "name": "traffic_limit",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "prefer_same_origin",
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
        "name": "access_token",
        "in": "query",
        "required": true,
        "secret": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "examples": {
      "alreadyStored": {
        "status": 200,
        "response": "200",
        "value": {
          "path": [
            "videos",
            "clip.mp4"
          ],
          "name": "clip.mp4",
          "type": "video",
          "creationTime": "2021-07-24T09:40:02.000Z",
          "modificationTime": "2021-07-24T09:40:02.000Z",
          "contentType": "video/mp4",
          "size": "5500000",
          "crc64": "11598977699294832468",
          "isOverwritten": false
        }
      },
      "multipartUploadStarted": {
        "status": 201,
        "response": "201",
        "value": {
          "domain": "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
          "path": "/smhxxx/xxx.mp4",
          "uploadId": "1754379542fofb157a8cf6765ba250fed28be8471cbcff1fabf32ebcee87ce1b6cf1b2a6e1",
          "headers": {
            "Content-Type": "application/octet-stream",
            "Authorization": "q-sign-algorithm=sha1&q-ak=AKIDxxxxxx&q-sign-time=1627119272;1627122872&q-key-time=1627119272;1627122872&q-header-list=&q-url-param-list=&q-signature=xxxxxx",
            "x-cos-security-token": "bKdMa7A0nAJjqejygamFMyWoXCC0uRLxxxxxx"
          },
          "confirmKey": "2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3",
          "expiration": "2021-07-24T10:34:32.000Z",
          "availableDomainNum": 1
        },
        "now": "2021-07-24T09:34:32.000Z",
        "dates": [
          [
            "expiration"
          ]
        ]
      },
      "fullHashRequired": {
        "status": 202,
        "response": "202",
        "value": {}
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
      "QuotaLimitReached": {
        "status": 400,
        "response": "400",
        "value": {
          "code": "QuotaLimitReached",
          "message": "quota limit reached",
          "requestId": "NjE3OTk5YTBfNDAwXzA4"
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
      "DirectoryNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "DirectoryNotFound",
          "message": "directory not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA2"
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
      "RouteNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "RouteNotFound",
          "message": "route not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA1"
        }
      },
      "SameNameDirectoryOrFileExists": {
        "status": 409,
        "response": "409",
        "value": {
          "code": "SameNameDirectoryOrFileExists",
          "message": "same name directory or file exists",
          "requestId": "NjE3OTk5YTBfNDA5XzAx"
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
    },
    "testKeys": {
      "example-DirectoryNotFound/clip.mp4": "DirectoryNotFound",
      "example-SameNameDirectoryOrFileExists.mp4": "SameNameDirectoryOrFileExists",
      "example-QuotaLimitReached.mp4": "QuotaLimitReached",
      "example-fullHashRequired.mp4": "fullHashRequired",
      "example-alreadyStored.mp4": "alreadyStored"
    },
    "testKeyParameter": "FilePath"
  },
  {
    "id": "beginSimpleUpload",
    "method": "PUT",
    "path": "/api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#simple",
    "flag": null,
    "parameters": [
      {
        "name": "LibraryId",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
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
          "pattern": "^(?:[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.[^/.\\x00-\\x1F\\x7F][^/\\x00-\\x1F\\x7F]*|\\.\\.[^/\\x00-\\x1F\\x7F]+)$"
        },
        "example": "-"
      },
      {
        "name": "FilePath",
        "in": "path",
        "required": true,
        "secret": false,
        "schema": {
          "type": "string",
          "pattern": "^(?:[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.[^.\\x00-\\x1F\\x7F][^\\x00-\\x1F\\x7F]*|\\.\\.[^\\x00-\\x1F\\x7F]+)$"
        }
      },
      {
        "name": "conflict_resolution_strategy",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "string",
          "enum": [
            "ask",
            "rename",
            "overwrite"
          ]
        },
        "example": "rename"
      },
      {
        "name": "filesize",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 5500000
      },
      {
        "name": "traffic_limit",
        "in": "query",
        "required": false,
        "secret": false,
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      },
      {
        "name": "prefer_same_origin",
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
        "name": "access_token",
        "in": "query",
        "required": true,
        "secret": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      }
    ],
    "examples": {
      "alreadyStored": {
        "status": 200,
        "response": "200",
        "value": {
          "path": [
            "videos",
            "clip.mp4"
          ],
          "name": "clip.mp4",
          "type": "video",
          "creationTime": "2021-07-24T09:40:02.000Z",
          "modificationTime": "2021-07-24T09:40:02.000Z",
          "contentType": "video/mp4",
          "size": "5500000",
          "crc64": "11598977699294832468",
          "isOverwritten": false
        }
      },
      "simpleUploadStarted": {
        "status": 201,
        "response": "201",
        "value": {
          "domain": "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
          "path": "/smhxxx/clip.mp4",
          "headers": {
            "Content-Type": "application/octet-stream",
            "Authorization": "q-sign-algorithm=sha1&q-ak=AKIDxxxxxx&q-sign-time=1627119272;1627122872&q-key-time=1627119272;1627122872&q-header-list=&q-url-param-list=&q-signature=xxxxxx",
            "x-cos-security-token": "bKdMa7A0nAJjqejygamFMyWoXCC0uRLxxxxxx"
          },
          "confirmKey": "7f3b2c9d1e4a5b6c7d8e9f0a1b2c3d4e",
          "expiration": "2021-07-24T10:34:32.000Z",
          "availableDomainNum": 1
        },
        "now": "2021-07-24T09:34:32.000Z",
        "dates": [
          [
            "expiration"
          ]
        ]
      },
      "fullHashRequired": {
        "status": 202,
        "response": "202",
        "value": {}
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
      "QuotaLimitReached": {
        "status": 400,
        "response": "400",
        "value": {
          "code": "QuotaLimitReached",
          "message": "quota limit reached",
          "requestId": "NjE3OTk5YTBfNDAwXzA4"
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
      "DirectoryNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "DirectoryNotFound",
          "message": "directory not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA2"
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
      "RouteNotFound": {
        "status": 404,
        "response": "404",
        "value": {
          "code": "RouteNotFound",
          "message": "route not found",
          "requestId": "NjE3OTk5YTBfNDA0XzA1"
        }
      },
      "SameNameDirectoryOrFileExists": {
        "status": 409,
        "response": "409",
        "value": {
          "code": "SameNameDirectoryOrFileExists",
          "message": "same name directory or file exists",
          "requestId": "NjE3OTk5YTBfNDA5XzAx"
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
    },
    "testKeys": {
      "example-DirectoryNotFound/clip.mp4": "DirectoryNotFound",
      "example-SameNameDirectoryOrFileExists.mp4": "SameNameDirectoryOrFileExists",
      "example-QuotaLimitReached.mp4": "QuotaLimitReached",
      "example-fullHashRequired.mp4": "fullHashRequired",
      "example-alreadyStored.mp4": "alreadyStored"
    },
    "testKeyParameter": "FilePath"
  }
];
export const parameterValidators = {"getUploadTask": validate_getUploadTask, "cancelUpload": validate_cancelUpload, "renewUpload": validate_renewUpload, "confirmUpload": validate_confirmUpload, "beginMultipartUpload": validate_beginMultipartUpload, "beginSimpleUpload": validate_beginSimpleUpload};
export const secretParameterNames = [
  "library_secret",
  "access_token"
];
export const testKeys = [
  {
    "key": "example-multipartInProgress",
    "operationId": "getUploadTask",
    "example": "multipartInProgress",
    "status": 200
  },
  {
    "key": "example-multipartExpired",
    "operationId": "getUploadTask",
    "example": "multipartExpired",
    "status": 200
  },
  {
    "key": "example-simpleUpload",
    "operationId": "getUploadTask",
    "example": "simpleUpload",
    "status": 200
  },
  {
    "key": "example-confirmed",
    "operationId": "getUploadTask",
    "example": "confirmed",
    "status": 200
  },
  {
    "key": "example-directoryDeleted",
    "operationId": "getUploadTask",
    "example": "directoryDeleted",
    "status": 200
  },
  {
    "key": "example-InvalidAccessToken",
    "operationId": "getUploadTask",
    "example": "InvalidAccessToken",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchLibrary",
    "operationId": "getUploadTask",
    "example": "AccessTokenNotMatchLibrary",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchSpace",
    "operationId": "getUploadTask",
    "example": "AccessTokenNotMatchSpace",
    "status": 403
  },
  {
    "key": "example-AccessTokenVersionNotMatch",
    "operationId": "getUploadTask",
    "example": "AccessTokenVersionNotMatch",
    "status": 403
  },
  {
    "key": "example-NoPermission",
    "operationId": "getUploadTask",
    "example": "NoPermission",
    "status": 403
  },
  {
    "key": "example-UploadNotBelongYou",
    "operationId": "getUploadTask",
    "example": "UploadNotBelongYou",
    "status": 403
  },
  {
    "key": "example-LibraryServiceExpired",
    "operationId": "getUploadTask",
    "example": "LibraryServiceExpired",
    "status": 403
  },
  {
    "key": "example-SpaceBanned",
    "operationId": "getUploadTask",
    "example": "SpaceBanned",
    "status": 403
  },
  {
    "key": "example-UploadNotFound",
    "operationId": "getUploadTask",
    "example": "UploadNotFound",
    "status": 404
  },
  {
    "key": "example-ConfirmKeyNotFound",
    "operationId": "getUploadTask",
    "example": "ConfirmKeyNotFound",
    "status": 404
  },
  {
    "key": "example-LibraryNotFound",
    "operationId": "getUploadTask",
    "example": "LibraryNotFound",
    "status": 404
  },
  {
    "key": "example-SpaceNotFound",
    "operationId": "getUploadTask",
    "example": "SpaceNotFound",
    "status": 404
  },
  {
    "key": "example-RouteNotFound",
    "operationId": "getUploadTask",
    "example": "RouteNotFound",
    "status": 404
  },
  {
    "key": "example-RateLimitExceeded",
    "operationId": "getUploadTask",
    "example": "RateLimitExceeded",
    "status": 429
  },
  {
    "key": "example-InternalServerError",
    "operationId": "getUploadTask",
    "example": "InternalServerError",
    "status": 500
  },
  {
    "key": "example-ServerOverloaded",
    "operationId": "getUploadTask",
    "example": "ServerOverloaded",
    "status": 503
  },
  {
    "key": "example-InvalidAccessToken",
    "operationId": "cancelUpload",
    "example": "InvalidAccessToken",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchLibrary",
    "operationId": "cancelUpload",
    "example": "AccessTokenNotMatchLibrary",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchSpace",
    "operationId": "cancelUpload",
    "example": "AccessTokenNotMatchSpace",
    "status": 403
  },
  {
    "key": "example-AccessTokenVersionNotMatch",
    "operationId": "cancelUpload",
    "example": "AccessTokenVersionNotMatch",
    "status": 403
  },
  {
    "key": "example-NoPermission",
    "operationId": "cancelUpload",
    "example": "NoPermission",
    "status": 403
  },
  {
    "key": "example-UploadNotBelongYou",
    "operationId": "cancelUpload",
    "example": "UploadNotBelongYou",
    "status": 403
  },
  {
    "key": "example-LibraryServiceExpired",
    "operationId": "cancelUpload",
    "example": "LibraryServiceExpired",
    "status": 403
  },
  {
    "key": "example-SpaceBanned",
    "operationId": "cancelUpload",
    "example": "SpaceBanned",
    "status": 403
  },
  {
    "key": "example-UploadNotFound",
    "operationId": "cancelUpload",
    "example": "UploadNotFound",
    "status": 404
  },
  {
    "key": "example-ConfirmKeyNotFound",
    "operationId": "cancelUpload",
    "example": "ConfirmKeyNotFound",
    "status": 404
  },
  {
    "key": "example-LibraryNotFound",
    "operationId": "cancelUpload",
    "example": "LibraryNotFound",
    "status": 404
  },
  {
    "key": "example-SpaceNotFound",
    "operationId": "cancelUpload",
    "example": "SpaceNotFound",
    "status": 404
  },
  {
    "key": "example-RouteNotFound",
    "operationId": "cancelUpload",
    "example": "RouteNotFound",
    "status": 404
  },
  {
    "key": "example-RateLimitExceeded",
    "operationId": "cancelUpload",
    "example": "RateLimitExceeded",
    "status": 429
  },
  {
    "key": "example-InternalServerError",
    "operationId": "cancelUpload",
    "example": "InternalServerError",
    "status": 500
  },
  {
    "key": "example-ServerOverloaded",
    "operationId": "cancelUpload",
    "example": "ServerOverloaded",
    "status": 503
  },
  {
    "key": "example-InvalidAccessToken",
    "operationId": "renewUpload",
    "example": "InvalidAccessToken",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchLibrary",
    "operationId": "renewUpload",
    "example": "AccessTokenNotMatchLibrary",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchSpace",
    "operationId": "renewUpload",
    "example": "AccessTokenNotMatchSpace",
    "status": 403
  },
  {
    "key": "example-AccessTokenVersionNotMatch",
    "operationId": "renewUpload",
    "example": "AccessTokenVersionNotMatch",
    "status": 403
  },
  {
    "key": "example-NoPermission",
    "operationId": "renewUpload",
    "example": "NoPermission",
    "status": 403
  },
  {
    "key": "example-UploadNotBelongYou",
    "operationId": "renewUpload",
    "example": "UploadNotBelongYou",
    "status": 403
  },
  {
    "key": "example-LibraryServiceExpired",
    "operationId": "renewUpload",
    "example": "LibraryServiceExpired",
    "status": 403
  },
  {
    "key": "example-SpaceBanned",
    "operationId": "renewUpload",
    "example": "SpaceBanned",
    "status": 403
  },
  {
    "key": "example-UploadNotFound",
    "operationId": "renewUpload",
    "example": "UploadNotFound",
    "status": 404
  },
  {
    "key": "example-ConfirmKeyNotFound",
    "operationId": "renewUpload",
    "example": "ConfirmKeyNotFound",
    "status": 404
  },
  {
    "key": "example-LibraryNotFound",
    "operationId": "renewUpload",
    "example": "LibraryNotFound",
    "status": 404
  },
  {
    "key": "example-SpaceNotFound",
    "operationId": "renewUpload",
    "example": "SpaceNotFound",
    "status": 404
  },
  {
    "key": "example-RouteNotFound",
    "operationId": "renewUpload",
    "example": "RouteNotFound",
    "status": 404
  },
  {
    "key": "example-RateLimitExceeded",
    "operationId": "renewUpload",
    "example": "RateLimitExceeded",
    "status": 429
  },
  {
    "key": "example-InternalServerError",
    "operationId": "renewUpload",
    "example": "InternalServerError",
    "status": 500
  },
  {
    "key": "example-ServerOverloaded",
    "operationId": "renewUpload",
    "example": "ServerOverloaded",
    "status": 503
  },
  {
    "key": "example-InvalidAccessToken",
    "operationId": "confirmUpload",
    "example": "InvalidAccessToken",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchLibrary",
    "operationId": "confirmUpload",
    "example": "AccessTokenNotMatchLibrary",
    "status": 403
  },
  {
    "key": "example-AccessTokenNotMatchSpace",
    "operationId": "confirmUpload",
    "example": "AccessTokenNotMatchSpace",
    "status": 403
  },
  {
    "key": "example-AccessTokenVersionNotMatch",
    "operationId": "confirmUpload",
    "example": "AccessTokenVersionNotMatch",
    "status": 403
  },
  {
    "key": "example-NoPermission",
    "operationId": "confirmUpload",
    "example": "NoPermission",
    "status": 403
  },
  {
    "key": "example-UploadNotBelongYou",
    "operationId": "confirmUpload",
    "example": "UploadNotBelongYou",
    "status": 403
  },
  {
    "key": "example-LibraryServiceExpired",
    "operationId": "confirmUpload",
    "example": "LibraryServiceExpired",
    "status": 403
  },
  {
    "key": "example-SpaceBanned",
    "operationId": "confirmUpload",
    "example": "SpaceBanned",
    "status": 403
  },
  {
    "key": "example-UploadNotFound",
    "operationId": "confirmUpload",
    "example": "UploadNotFound",
    "status": 404
  },
  {
    "key": "example-ConfirmKeyNotFound",
    "operationId": "confirmUpload",
    "example": "ConfirmKeyNotFound",
    "status": 404
  },
  {
    "key": "example-LibraryNotFound",
    "operationId": "confirmUpload",
    "example": "LibraryNotFound",
    "status": 404
  },
  {
    "key": "example-SpaceNotFound",
    "operationId": "confirmUpload",
    "example": "SpaceNotFound",
    "status": 404
  },
  {
    "key": "example-RouteNotFound",
    "operationId": "confirmUpload",
    "example": "RouteNotFound",
    "status": 404
  },
  {
    "key": "example-RateLimitExceeded",
    "operationId": "confirmUpload",
    "example": "RateLimitExceeded",
    "status": 429
  },
  {
    "key": "example-InternalServerError",
    "operationId": "confirmUpload",
    "example": "InternalServerError",
    "status": 500
  },
  {
    "key": "example-ServerOverloaded",
    "operationId": "confirmUpload",
    "example": "ServerOverloaded",
    "status": 503
  },
  {
    "key": "example-UploadComplete",
    "operationId": "confirmUpload",
    "example": "UploadComplete",
    "status": 409
  },
  {
    "key": "example-SameNameDirectoryOrFileExists",
    "operationId": "confirmUpload",
    "example": "SameNameDirectoryOrFileExists",
    "status": 409
  },
  {
    "key": "example-MultipartUploadIncomplete",
    "operationId": "confirmUpload",
    "example": "MultipartUploadIncomplete",
    "status": 400
  },
  {
    "key": "example-UploadIncomplete",
    "operationId": "confirmUpload",
    "example": "UploadIncomplete",
    "status": 400
  },
  {
    "key": "example-MultipartUploadPartTooSmall",
    "operationId": "confirmUpload",
    "example": "MultipartUploadPartTooSmall",
    "status": 400
  },
  {
    "key": "example-BadCrc64",
    "operationId": "confirmUpload",
    "example": "BadCrc64",
    "status": 400
  },
  {
    "key": "example-DirectoryNotFound/clip.mp4",
    "operationId": "beginMultipartUpload",
    "example": "DirectoryNotFound",
    "status": 404
  },
  {
    "key": "example-SameNameDirectoryOrFileExists.mp4",
    "operationId": "beginMultipartUpload",
    "example": "SameNameDirectoryOrFileExists",
    "status": 409
  },
  {
    "key": "example-QuotaLimitReached.mp4",
    "operationId": "beginMultipartUpload",
    "example": "QuotaLimitReached",
    "status": 400
  },
  {
    "key": "example-fullHashRequired.mp4",
    "operationId": "beginMultipartUpload",
    "example": "fullHashRequired",
    "status": 202
  },
  {
    "key": "example-alreadyStored.mp4",
    "operationId": "beginMultipartUpload",
    "example": "alreadyStored",
    "status": 200
  },
  {
    "key": "example-DirectoryNotFound/clip.mp4",
    "operationId": "beginSimpleUpload",
    "example": "DirectoryNotFound",
    "status": 404
  },
  {
    "key": "example-SameNameDirectoryOrFileExists.mp4",
    "operationId": "beginSimpleUpload",
    "example": "SameNameDirectoryOrFileExists",
    "status": 409
  },
  {
    "key": "example-QuotaLimitReached.mp4",
    "operationId": "beginSimpleUpload",
    "example": "QuotaLimitReached",
    "status": 400
  },
  {
    "key": "example-fullHashRequired.mp4",
    "operationId": "beginSimpleUpload",
    "example": "fullHashRequired",
    "status": 202
  },
  {
    "key": "example-alreadyStored.mp4",
    "operationId": "beginSimpleUpload",
    "example": "alreadyStored",
    "status": 200
  }
];
